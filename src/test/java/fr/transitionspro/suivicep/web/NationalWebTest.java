package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/** The national view: France compétences only; every region, the map without inline style, the CSV. */
@ApplicationWebDeTest
class NationalWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;
    @Autowired
    JournalAudit audit;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    private UserDetails connecte(Role role, String region) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, role == Role.OPERATEUR ? "APEC" : null));
    }

    @Test
    void everyRegionalAccountIsRefusedTheNationalViewItsCsvAndItsEntry() throws Exception {
        for (Role role : List.of(Role.REFERENT, Role.CONTRIBUTEUR, Role.OPERATEUR, Role.LECTEUR)) {
            UserDetails compte = connecte(role, "28");
            for (String adresse : List.of("/national", "/national/2023", "/national/2023.csv")) {
                assertThat(mvc.perform(get(adresse).with(user(compte))).andReturn().getResponse().getStatus()).as(role + " " + adresse)
                        .isEqualTo(403);
            }
            assertThat(mvc.perform(get("/").with(user(compte))).andReturn().getResponse().getContentAsString())
                    .doesNotContain("href=\"/national\"");
        }
        for (String adresse : List.of("/national/2023", "/national/2023.csv")) {
            MvcResult anonyme = mvc.perform(get(adresse)).andReturn();
            assertThat(anonyme.getResponse().getRedirectedUrl()).as(adresse).endsWith("/connexion");
        }
    }

    @Test
    void franceCompetencesSeesEveryRegionWithTheEnginesValuesAndTheMap() throws Exception {
        UserDetails national = connecte(Role.NATIONAL, null);
        assertThat(mvc.perform(get("/national").with(user(national))).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/national/2023");
        MvcResult r = mvc.perform(get("/national/2023").with(user(national))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String page = r.getResponse().getContentAsString();
        // Entries only (no population in the test data): entries shown, rates « n.d. », hence no map.
        assertThat(page).contains("<h1>Vue nationale <span>2023</span></h1>", "Normandie", "Bretagne", "Guadeloupe", "Corse",
                "France métropolitaine", "France entière", "1\u202f575", "980", "n.d.", "href=\"/national/2023.csv\"",
                "Aucun taux de recours 2023", "Rapports 2023 envoyés à France compétences\u00a0: ", "href=\"/national\">Vue nationale</a>")
                .doesNotContain("style=");
        assertThat(mvc.perform(get("/").with(user(national))).andReturn().getResponse().getContentAsString())
                .contains("href=\"/national/2023\"", "Rapports envoyés à France compétences\u00a0: ");
    }

    @Test
    void theCsvIsADownloadWithOneLinePerRegionThenFranceMetropolitaineAndFranceEntiere() throws Exception {
        UserDetails national = connecte(Role.NATIONAL, null);
        MvcResult r = mvc.perform(get("/national/2023.csv").with(user(national))).andReturn();
        assertThat(audit.lire(new JournalAudit.Filtre(null, Action.EXPORT, national.getUsername(), null, null, 10)))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("vue nationale\u00a0: 2023, CSV"));
        assertThat(r.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(r.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"comparaison-nationale-2023.csv\"");
        List<String> lignes = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lignes).hasSize(21);
        assertThat(lignes.get(0)).startsWith("\ufeffannee;region;libelle_region;cep.entrees;");
        assertThat(lignes).anySatisfy(l -> assertThat(l).startsWith("2023;28;Normandie;1575;;"));
        assertThat(lignes.get(19)).startsWith("2023;FM;France métropolitaine;2555;");
    }
}
