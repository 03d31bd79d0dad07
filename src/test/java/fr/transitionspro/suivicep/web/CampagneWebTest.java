package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
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
import fr.transitionspro.suivicep.campagne.Campagne;
import fr.transitionspro.suivicep.campagne.EtatJalon;
import fr.transitionspro.suivicep.campagne.Jalon;
import fr.transitionspro.suivicep.campagne.Statut;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * « Campagne {année} » over HTTP: who reads, who writes which milestone, and the home page's block. The web tests
 * share one base: each test writes its own year (the campaign's dates must fall within it and the two next years).
 */
@ApplicationWebDeTest
class CampagneWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;
    @Autowired
    Campagne campagne;
    @Autowired
    JournalAudit audit;

    static final int ANNEE_PASSEE = LocalDate.now().getYear() - 1;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    private UserDetails connecte(Role role, String region) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, role == Role.OPERATEUR ? "APEC" : null));
    }

    private EtatJalon jalon(String region, int annee, Jalon j) {
        return campagne.jalons(region, annee).stream().filter(e -> e.jalon() == j).findFirst().orElseThrow();
    }

    @Test
    void aReaderOfTheRegionSeesTheMilestonesWithAgoraDataReceivedFromTheImportButNoForm() throws Exception {
        String page = mvc.perform(get("/campagne/28/2023").with(user(connecte(Role.LECTEUR, "28")))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<h1>Campagne 2023 — Normandie</h1>", "Données AGORA reçues", "Présentation au CREFOP",
                "Envoi à France compétences", "D’après les données\u00a0: entrées AGORA 2023 importées le",
                "entrees-normandie-2023.csv", "Dossiers 2023 non importés", "href=\"/campagne\">Campagne</a>")
                .doesNotContain("Mettre à jour les jalons", "<form action=\"/campagne/28/2023\"");
    }

    @Test
    void theNavigationEntryLeadsToTheAccountsRegionAndLatestYear() throws Exception {
        MvcResult r = mvc.perform(get("/campagne").with(user(connecte(Role.REFERENT, "28")))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/campagne/28/2023");
        MvcResult national = mvc.perform(get("/campagne").with(user(connecte(Role.NATIONAL, null)))).andReturn();
        assertThat(national.getResponse().getRedirectedUrl()).isEqualTo("/national");
    }

    @Test
    void aReferentSetsAPlannedDateThatIsPastAndTheHomePageSaysItIsLate() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28");
        LocalDate prevu = LocalDate.now().minusDays(3);
        int annee = prevu.getYear() - 1;
        MvcResult r = mvc.perform(post("/campagne/28/" + annee).with(user(referent)).with(csrf())
                .param("statut-PRESENTATION_CREFOP", "").param("prevu-PRESENTATION_CREFOP", prevu.toString())
                .param("fait-PRESENTATION_CREFOP", "")).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/campagne/28/" + annee);
        assertThat(jalon("28", annee, Jalon.PRESENTATION_CREFOP).enRetard()).isTrue();
        assertThat(audit.lire(new JournalAudit.Filtre("28", Action.CAMPAGNE, referent.getUsername(), null, null, 10)))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("campagne " + annee
                        + "\u00a0: Présentation au CREFOP\u00a0: selon les données, prévu le " + Campagne.date(prevu)));

        String page = mvc.perform(get("/campagne/28/" + annee).with(user(referent))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mettre à jour les jalons", "<label for=\"prevu-PRESENTATION_CREFOP\">Prévu le</label>",
                "value=\"" + prevu + "\"", "en retard", "name=\"_csrf\"");
        String accueil = mvc.perform(get("/?annee=" + annee).with(user(referent))).andReturn().getResponse().getContentAsString();
        assertThat(accueil).contains("<h2 id=\"campagne-titre\">Campagne " + annee + "</h2>",
                "Présentation au CREFOP prévue le " + Campagne.date(prevu) + ", en retard", "Dossiers " + annee + " non importés",
                "Population " + annee + " absente (INSEE)", "href=\"/campagne/28/" + annee + "\"");
    }

    @Test
    void anUnreadableDateIsRefusedInFrenchAndNothingIsStored() throws Exception {
        int annee = ANNEE_PASSEE - 1;
        String page = mvc.perform(post("/campagne/28/" + annee).with(user(connecte(Role.REFERENT, "28"))).with(csrf())
                .param("statut-REDACTION", "EN_COURS").param("prevu-REDACTION", "31/02/" + annee).param("fait-REDACTION", "")
                .param("statut-ENVOI_FRANCE_COMPETENCES", "FAIT").param("prevu-ENVOI_FRANCE_COMPETENCES", "")
                .param("fait-ENVOI_FRANCE_COMPETENCES", (annee + 1) + "-03-18")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rien n’a été enregistré", "« Rédaction »\u00a0: date prévue « 31/02/" + annee
                + " » illisible\u00a0; attendu\u00a0: une date JJ/MM/AAAA, par exemple 12/03/2024.", "value=\"31/02/" + annee + "\"");
        assertThat(jalon("28", annee, Jalon.ENVOI_FRANCE_COMPETENCES).statut()).as("all or nothing").isEqualTo(Statut.A_FAIRE);
    }

    @Test
    void aContributorSetsTheWritingButNotTheSendingAndAReaderSetsNothing() throws Exception {
        int annee = ANNEE_PASSEE - 3;
        UserDetails contributeur = connecte(Role.CONTRIBUTEUR, "28");
        String page = mvc.perform(get("/campagne/28/" + annee).with(user(contributeur))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mettre à jour les jalons", "Réservé au référent.");
        mvc.perform(post("/campagne/28/" + annee).with(user(contributeur)).with(csrf())
                .param("statut-REDACTION", "EN_COURS").param("prevu-REDACTION", "").param("fait-REDACTION", "")
                .param("statut-ENVOI_FRANCE_COMPETENCES", "FAIT").param("prevu-ENVOI_FRANCE_COMPETENCES", "")
                .param("fait-ENVOI_FRANCE_COMPETENCES", "")).andReturn();
        assertThat(jalon("28", annee, Jalon.REDACTION).statut()).isEqualTo(Statut.EN_COURS);
        assertThat(jalon("28", annee, Jalon.ENVOI_FRANCE_COMPETENCES).statut()).isEqualTo(Statut.A_FAIRE);

        for (Role role : List.of(Role.LECTEUR, Role.OPERATEUR, Role.NATIONAL)) {
            int statut = mvc.perform(post("/campagne/28/" + annee).with(user(connecte(role, role == Role.NATIONAL ? null : "28"))).with(csrf())
                    .param("statut-REDACTION", "FAIT").param("prevu-REDACTION", "").param("fait-REDACTION", ""))
                    .andReturn().getResponse().getStatus();
            assertThat(statut).as(role.name()).isEqualTo(403);
        }
        assertThat(jalon("28", annee, Jalon.REDACTION).statut()).isEqualTo(Statut.EN_COURS);
    }

    @Test
    void aBrittanyReferentNeitherReadsNorTouchesNormandysCampaign() throws Exception {
        int annee = ANNEE_PASSEE - 1;
        UserDetails breton = connecte(Role.REFERENT, "53");
        assertThat(mvc.perform(get("/campagne/28/" + annee).with(user(breton))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/campagne/28/" + annee).with(user(breton)).with(csrf())
                .param("statut-PRESENTATION_CREFOP", "FAIT").param("prevu-PRESENTATION_CREFOP", "")
                .param("fait-PRESENTATION_CREFOP", "")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/campagne").param("region", "28").with(user(breton))).andReturn().getResponse().getRedirectedUrl())
                .as("the redirect reads nothing; the page it leads to refuses").startsWith("/campagne/28/");
        assertThat(jalon("28", annee, Jalon.PRESENTATION_CREFOP).statut()).isEqualTo(Statut.A_FAIRE);
        assertThat(mvc.perform(get("/campagne/53/" + annee).with(user(breton))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
