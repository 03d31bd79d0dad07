package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * The audit log as the web application writes it (logins, imports, exports, reports), the login throttle, and the
 * « Journal d'audit » page. Each test logs in from an IP address of its own: the throttle counts per address, and the
 * application (and so the throttle) is shared by every web test class.
 */
@ApplicationWebDeTest
class JournalAuditWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;
    @Autowired
    JournalAudit journal;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    private static String nouvelleAdresseIp() {
        int n = Math.floorMod(UUID.randomUUID().hashCode(), 250) + 1;
        return "10." + n + "." + Math.floorMod(n * 7, 250) + "." + Math.floorMod(System.nanoTime(), 250);
    }

    private static RequestPostProcessor depuis(String ip) {
        return r -> {
            r.setRemoteAddr(ip);
            return r;
        };
    }

    private MvcResult connexion(String email, String motDePasse, String ip) throws Exception {
        return mvc.perform(post("/connexion").param("email", email).param("motDePasse", motDePasse).with(csrf()).with(depuis(ip))).andReturn();
    }

    private List<JournalAudit.Entree> entreesDe(String acteur) {
        return journal.lire(new JournalAudit.Filtre(null, null, acteur, null, null, 100));
    }

    @Test
    void successfulAndFailedLoginsAreLoggedWithTheRegionOfTheAccountAimedAt() throws Exception {
        String ip = nouvelleAdresseIp();
        String email = JeuDeTest.compte(comptes, Role.LECTEUR, "28", null);
        assertThat(connexion(email, "pas le bon mot de passe", ip).getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
        assertThat(connexion(email, JeuDeTest.MOT_DE_PASSE, ip).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(entreesDe(email)).extracting(JournalAudit.Entree::action, JournalAudit.Entree::region, JournalAudit.Entree::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.CONNEXION, "28", "adresse IP " + ip),
                        org.assertj.core.groups.Tuple.tuple(Action.CONNEXION_ECHOUEE, "28", "mot de passe incorrect ; adresse IP " + ip));

        String inconnu = "personne-" + UUID.randomUUID() + "@ailleurs.fr";
        connexion(inconnu, "un essai quelconque", ip);
        assertThat(entreesDe(inconnu)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.CONNEXION_ECHOUEE);
            assertThat(e.region()).isNull();
            assertThat(e.detail()).isEqualTo("compte inconnu ; adresse IP " + ip);
        });
        // A password typed into the address field is not written into the log.
        String motDePasseEgare = "Secret-" + UUID.randomUUID();
        connexion(motDePasseEgare, "x", ip);
        assertThat(entreesDe(motDePasseEgare)).isEmpty();
        assertThat(journal.lire(new JournalAudit.Filtre(null, Action.CONNEXION_ECHOUEE, null, null, null, 500)))
                .anySatisfy(e -> assertThat(e.acteur()).isEqualTo("(adresse non valide)"));
    }

    @Test
    void afterFiveFailuresTheAccountIsRefusedEvenTheRightPasswordAndSaysSoInFrench() throws Exception {
        String ip = nouvelleAdresseIp();
        String email = JeuDeTest.compte(comptes, Role.REFERENT, "28", null);
        for (int i = 1; i <= 5; i++) {
            assertThat(connexion(email, "essai " + i, ip).getResponse().getRedirectedUrl()).as("échec " + i).isEqualTo("/connexion?erreur");
        }
        MvcResult bloque = connexion(email, JeuDeTest.MOT_DE_PASSE, ip);
        assertThat(bloque.getResponse().getRedirectedUrl()).isEqualTo("/connexion?bloque");
        assertThat(bloque.getRequest().getSession(false) == null
                || bloque.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).as("not signed in").isTrue();
        // From another computer too: the account is what is protected.
        assertThat(connexion(email, JeuDeTest.MOT_DE_PASSE, nouvelleAdresseIp()).getResponse().getRedirectedUrl()).isEqualTo("/connexion?bloque");
        assertThat(mvc.perform(get("/connexion?bloque")).andReturn().getResponse().getContentAsString())
                .contains("role=\"alert\"", "Trop de tentatives de connexion échouées", "suspendue pendant 15\u00a0minutes");
        // Another account from the same address still signs in: five failures are an account's, not the office's.
        String collegue = JeuDeTest.compte(comptes, Role.LECTEUR, "28", null);
        assertThat(connexion(collegue, JeuDeTest.MOT_DE_PASSE, ip).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(entreesDe(email)).extracting(JournalAudit.Entree::action).startsWith(Action.CONNEXION_BLOQUEE, Action.CONNEXION_ECHOUEE)
                .doesNotContain(Action.CONNEXION).filteredOn(a -> a == Action.CONNEXION_ECHOUEE).hasSize(5);
        assertThat(entreesDe(email).get(0).detail()).startsWith("trop d’échecs (compte " + email + ") : connexions refusées pendant 15 min");
    }

    @Test
    void afterTwentyFailuresFromOneAddressEveryLoginFromItIsRefused() throws Exception {
        String ip = nouvelleAdresseIp();
        for (int i = 1; i <= 20; i++) {
            connexion("devine-" + i + "-" + UUID.randomUUID() + "@essai.fr", "essai", ip);
        }
        String email = JeuDeTest.compte(comptes, Role.LECTEUR, "53", null);
        assertThat(connexion(email, JeuDeTest.MOT_DE_PASSE, ip).getResponse().getRedirectedUrl()).isEqualTo("/connexion?bloque");
        assertThat(connexion(email, JeuDeTest.MOT_DE_PASSE, nouvelleAdresseIp()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    private static final Pattern JETON = Pattern.compile("name=\"jeton\" value=\"([^\"]+)\"");

    @Test
    void anImportAnExportAndAReportAreLoggedUnderTheAccountAndItsRegion() throws Exception {
        UserDetails referent = comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.REFERENT, "28", null));
        String email = referent.getUsername();
        String essai = mvc.perform(multipart("/import/28/essai").file(new MockMultipartFile("fichier", "entrees-audit.csv", "text/csv",
                        "annee;region;operateur;effectif\n2023;28;APEC;1265\n2023;28;CAP_EMPLOI;310\n".getBytes(StandardCharsets.UTF_8)))
                .param("type", "entrees").with(user(referent)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(entreesDe(email)).as("a dry run is not an import").isEmpty();
        Matcher m = JETON.matcher(essai);
        assertThat(m.find()).as(essai).isTrue();
        assertThat(mvc.perform(post("/import/28/confirmer").param("jeton", m.group(1)).with(user(referent)).with(csrf())).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/journal/28");
        assertThat(mvc.perform(get("/explorer/28/2023/valeurs.xlsx").param("indicateur", "cep.entrees").with(user(referent))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/rapport/28/2023.html").with(user(referent))).andReturn().getResponse().getStatus()).isEqualTo(200);

        List<JournalAudit.Entree> entrees = entreesDe(email);
        assertThat(entrees).extracting(JournalAudit.Entree::action).containsExactly(Action.RAPPORT, Action.EXPORT, Action.IMPORT);
        assertThat(entrees).allSatisfy(e -> assertThat(e.region()).isEqualTo("28"));
        assertThat(entrees.get(0).detail()).isEqualTo("rapport 2023 téléchargé (html, « rapport-28-2023.html »)");
        assertThat(entrees.get(1).detail()).isEqualTo("explorateur : cep.entrees, 2023, XLSX (3 valeurs)");
        assertThat(entrees.get(2).detail()).startsWith("fichier « entrees-audit.csv » (entrees, 2 lignes, SHA-256 ").endsWith("; tranches 28/2023");
    }

    @Test
    void aReferentReadsItsRegionsLogFranceCompetencesEverythingAndTheOtherRolesNothing() throws Exception {
        UserDetails normand = comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.REFERENT, "28", null));
        UserDetails breton = comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.REFERENT, "53", null));
        mvc.perform(get("/explorer/28/2023/valeurs.csv").with(user(normand))).andReturn();
        mvc.perform(get("/explorer/53/2023/valeurs.csv").with(user(breton))).andReturn();

        String pageNormande = mvc.perform(get("/audit").with(user(normand))).andReturn().getResponse().getContentAsString();
        assertThat(pageNormande).contains("<h1>Journal d’audit — Normandie</h1>", "href=\"/audit\">Journal d’audit</a>",
                        "<label for=\"action\">Action</label>", normand.getUsername(), "explorateur : cep.entrees, 2023, CSV")
                .doesNotContain(breton.getUsername(), "<label for=\"region\">");
        assertThat(mvc.perform(get("/audit/53").with(user(normand))).andReturn().getResponse().getStatus()).isEqualTo(403);

        UserDetails national = comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.NATIONAL, null, null));
        assertThat(mvc.perform(get("/audit").with(user(national))).andReturn().getResponse().getContentAsString())
                .contains("<h1>Journal d’audit — toutes les régions</h1>", normand.getUsername(), breton.getUsername(), "<label for=\"region\">");
        assertThat(mvc.perform(get("/audit").param("region", "53").param("action", "EXPORT").param("acteur", breton.getUsername())
                        .with(user(national))).andReturn().getResponse().getContentAsString())
                .contains("<h1>Journal d’audit — Bretagne</h1>", breton.getUsername(), "Export").doesNotContain(normand.getUsername());
        assertThat(mvc.perform(get("/audit").param("du", "31/03/2024").with(user(national))).andReturn().getResponse().getContentAsString())
                .contains("Date « Du »\u00a0: « 31/03/2024 » n’est pas une date", "role=\"alert\"");

        for (Role role : List.of(Role.CONTRIBUTEUR, Role.OPERATEUR, Role.LECTEUR)) {
            UserDetails autre = comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, "28", role == Role.OPERATEUR ? "APEC" : null));
            assertThat(mvc.perform(get("/audit").with(user(autre))).andReturn().getResponse().getStatus()).as(role.name()).isEqualTo(403);
            assertThat(mvc.perform(get("/audit/28").with(user(autre))).andReturn().getResponse().getStatus()).as(role.name()).isEqualTo(403);
            assertThat(mvc.perform(get("/").with(user(autre))).andReturn().getResponse().getContentAsString()).as(role.name())
                    .doesNotContain("Journal d’audit");
        }
    }
}
