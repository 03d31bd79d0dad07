package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * An OPERATEUR sees its own operator's figures only. Normandie 2023 (JeuDeTest): Apec 1 265 entries, Cap emploi 310,
 * 1 575 in all; the Apec's share 1 265 / 1 575 = 80,3 %, Cap emploi's 19,7 %.
 */
@ApplicationWebDeTest
class ExplorateurOperateurTest {

    private static final String FINE = "\u202f";
    private static final String INSECABLE = "\u00a0";

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    private UserDetails apec() {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.OPERATEUR, "28", "APEC"));
    }

    private String contenu(String adresse, UserDetails qui) throws Exception {
        var r = mvc.perform(get(adresse).with(user(qui))).andReturn().getResponse();
        assertThat(r.getStatus()).as(adresse).isEqualTo(200);
        return new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void anOperatorSeesItsOwnEntriesButNeitherTheOtherOperatorsNorTheRegionsTotal() throws Exception {
        UserDetails apec = apec();
        String entrees = contenu("/explorer/28?indicateur=cep.entrees&annee=2023", apec);
        assertThat(entrees).contains(">1" + FINE + "265<", "vous voyez seulement les chiffres de votre réseau (Apec)")
                .doesNotContain(">310<", ">1" + FINE + "575<", ">Ensemble<");
        String parts = contenu("/explorer/28?indicateur=cep.entrees.part&annee=2023", apec);
        assertThat(parts).contains(">80,3" + INSECABLE + "%<").doesNotContain(">19,7" + INSECABLE + "%<");

        String referent = contenu("/explorer/28?indicateur=cep.entrees&annee=2023",
                comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.REFERENT, "28", null)));
        assertThat(referent).as("the référent sees everything").contains(">310<", ">1" + FINE + "575<");
    }

    @Test
    void anIndicatorWithoutOperatorBreakdownShowsAnOperatorNoValueAndIsNotOffered() throws Exception {
        UserDetails apec = apec();
        String page = contenu("/explorer/28?indicateur=cep.taux_recours&annee=2023", apec);
        assertThat(page).contains("cet indicateur n’est pas calculé par opérateur", "Aucune valeur pour cet indicateur")
                .doesNotContain("<option value=\"cep.taux_recours\"", "<option value=\"ptp.dossiers\"")
                .contains("<option value=\"cep.entrees\"");
    }

    @Test
    void theDownloadsAndTheTraceAreFilteredInTheServiceToo() throws Exception {
        UserDetails apec = apec();
        String csv = contenu("/explorer/28/2023/valeurs.csv?indicateur=cep.entrees", apec);
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(";APEC;Apec;1265;").doesNotContain("CAP_EMPLOI", "1575");
        assertThat(contenu("/explorer/28/2023/valeurs.csv?indicateur=cep.taux_recours", apec).split("\r\n")).hasSize(1);
        String trace = contenu("/explorer/28/2023/trace?indicateur=cep.entrees", apec);
        assertThat(trace).contains("operateur=APEC = 1265").doesNotContain("CAP_EMPLOI = ", "= 1575", "2 lignes");
    }

    @Test
    void anOperatorGetsNeitherTheRegionsReportNorItsJournal() throws Exception {
        UserDetails apec = apec();
        for (String adresse : new String[] {"/rapport/28/2023.html", "/rapport/28/2023.xlsx", "/journal/28"}) {
            assertThat(mvc.perform(get(adresse).with(user(apec))).andReturn().getResponse().getStatus()).as(adresse).isEqualTo(403);
        }
        assertThat(contenu("/", apec)).contains("explorer vos indicateurs").doesNotContain("href=\"/rapport/28/2023.pdf\"", "pour la région");
    }
}
