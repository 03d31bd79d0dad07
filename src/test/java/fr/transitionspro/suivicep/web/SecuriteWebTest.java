package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * Who reaches what, through the real security filters and the real accounts table. The region routes are
 * enumerated from the application's own mapping, so a new route is checked without anyone adding it here.
 */
@ApplicationWebDeTest
class SecuriteWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    private UserDetails connecte(Role role, String region, String operateur) {
        return comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, role, region, operateur));
    }

    /** One concrete request per route and per value of its variables; a variable without a value here fails the test. */
    private record Route(HttpMethod methode, String adresse, boolean deRegion) {
        boolean changeLEtat() {
            return methode != HttpMethod.GET && methode != HttpMethod.HEAD && methode != HttpMethod.OPTIONS;
        }
    }

    /** The only routes open without an account: the login page and Spring's error page (the style sheet is not a mapping). */
    private static final List<String> OUVERTES = List.of("/connexion", "/error");

    private List<Route> routesDeRegion(String region) {
        return toutesLesRoutes(region).stream().filter(Route::deRegion).toList();
    }

    /** Every route of the application (every mapping, every method), region variables set to {@code region}. */
    private List<Route> toutesLesRoutes(String region) {
        List<Route> resultat = new ArrayList<>();
        routes.getHandlerMethods().forEach((info, methode) -> {
            for (String motif : info.getPatternValues()) {
                List<HttpMethod> methodes = info.getMethodsCondition().getMethods().isEmpty() ? List.of(HttpMethod.GET)
                        : info.getMethodsCondition().getMethods().stream().map(RequestMethod::asHttpMethod).toList();
                for (String adresse : developper(motif, region)) {
                    methodes.forEach(m -> resultat.add(new Route(m, adresse, motif.contains("{region"))));
                }
            }
        });
        return resultat;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::((?:[^{}]|\\{[^}]*})*))?}");

    private static List<String> developper(String motif, String region) {
        Matcher m = VARIABLE.matcher(motif);
        if (!m.find()) {
            return List.of(motif);
        }
        List<String> valeurs = switch (m.group(1)) {
            case "region" -> List.of(region);
            case "annee" -> List.of("2023");
            case "format" -> List.of(m.group(2).split("\\|"));
            case "numero" -> List.of("1");
            case "operateur" -> List.of("APEC");
            case "section" -> List.of("cooperations", "constats");
            case "cle" -> List.of("ptp");
            default -> throw new AssertionError("Variable « " + m.group(1) + " » de la route " + motif + " : donnez-lui une valeur d'essai");
        };
        List<String> adresses = new ArrayList<>();
        for (String v : valeurs) {
            adresses.addAll(developper(motif.substring(0, m.start()) + v + motif.substring(m.end()), region));
        }
        return adresses;
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageFromEveryRoute() throws Exception {
        List<Route> toutes = toutesLesRoutes("28");
        assertThat(toutes).extracting(Route::adresse).contains("/", "/explorer", "/audit", "/audit/28", "/import", "/journal/28",
                "/rapport/28/2023.pdf", "/connexion", "/error");
        for (Route route : toutes) {
            if (OUVERTES.contains(route.adresse())) {
                continue;
            }
            // With its CSRF token, so that what answers is the authentication, not the CSRF check.
            MvcResult r = mvc.perform(request(route.methode(), route.adresse()).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).as(route.toString()).isEqualTo(302);
            assertThat(r.getResponse().getRedirectedUrl()).as(route.toString()).endsWith("/connexion");
        }
    }

    @Test
    void theLoginPageAndTheStyleSheetAreOpenWithStrictSecurityHeaders() throws Exception {
        MvcResult page = mvc.perform(get("/connexion")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("<h1>Connexion</h1>", "<label for=\"email\">Adresse électronique</label>",
                "name=\"_csrf\"");
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'", "style-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getResponse().getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getResponse().getHeader("Content-Language")).isEqualTo("fr-FR");
        assertThat(mvc.perform(get("/css/suivi-cep.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theRightPasswordOpensANewSessionAndAWrongOneSaysSoInFrench() throws Exception {
        String email = JeuDeTest.compte(comptes, Role.REFERENT, "28", null);
        MockHttpSession session = new MockHttpSession();
        String avant = session.getId();
        MvcResult ok = mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
                .user(email.toUpperCase()).password(JeuDeTest.MOT_DE_PASSE)).andReturn();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(ok.getRequest().getSession(false).getId()).as("session fixation").isNotEqualTo(avant);
        org.springframework.security.core.context.SecurityContext contexte = (org.springframework.security.core.context.SecurityContext)
                ok.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(((UserDetails) contexte.getAuthentication().getPrincipal()).getPassword()).as("hash kept in the session").isNull();

        MvcResult refuse = mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
                .user(email).password("pas le bon mot de passe")).andReturn();
        assertThat(refuse.getResponse().getRedirectedUrl()).isEqualTo("/connexion?erreur");
        assertThat(mvc.perform(get("/connexion?erreur")).andReturn().getResponse().getContentAsString())
                .contains("Adresse électronique ou mot de passe incorrect.");
    }

    @Test
    void everyStateChangingRouteIsRefusedWithoutItsCsrfTokenEvenToAnAccountAllowedToUseIt() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28", null);
        UserDetails national = connecte(Role.NATIONAL, null, null);
        List<Route> changements = new ArrayList<>(toutesLesRoutes("28").stream().filter(Route::changeLEtat).toList());
        assertThat(changements).extracting(Route::adresse).contains("/import/28/essai", "/import/28/confirmer");
        // The login and logout are filters, not mappings.
        changements.add(new Route(HttpMethod.POST, "/connexion", false));
        changements.add(new Route(HttpMethod.POST, "/deconnexion", false));
        long importsAvant = imports();
        for (Route r : changements) {
            for (UserDetails qui : List.of(referent, national)) {
                MvcResult sans = mvc.perform(request(r.methode(), r.adresse()).with(user(qui))).andReturn();
                assertThat(sans.getResponse().getStatus()).as(qui.getUsername() + " " + r).isEqualTo(403);
            }
        }
        assertThat(imports()).isEqualTo(importsAvant);
        // The same request with its token goes through: the 403 above was the CSRF check's.
        assertThat(mvc.perform(request(HttpMethod.POST, "/import/28/essai").with(user(referent)).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    private long imports() {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM journal_import").mapTo(Long.class).one());
    }

    @Test
    void aPostWithoutItsCsrfTokenIsRefused() throws Exception {
        UserDetails referent = connecte(Role.REFERENT, "28", null);
        assertThat(mvc.perform(post("/connexion").param("email", "x@essai.fr").param("motDePasse", "y")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/deconnexion").with(user(referent))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/deconnexion").with(user(referent)).with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/connexion?deconnexion");
    }

    @Test
    void everyAccountOfBrittanyIsRefusedEveryNormandyRoute() throws Exception {
        List<Route> normandie = routesDeRegion("28");
        assertThat(normandie).extracting(Route::adresse).contains("/journal/28", "/rapport/28/2023.pdf", "/rapport/28/2023.xlsx",
                "/import/28", "/import/28/essai", "/import/28/confirmer");
        // Normandy's traces in the audit log too: a référent of 28 exports a table; none of it may reach an account of 53.
        UserDetails normand = connecte(Role.REFERENT, "28", null);
        mvc.perform(get("/explorer/28/2023/valeurs.csv").with(user(normand))).andReturn();
        List<String> donneesNormandes = List.of("Normandie", "normandie", "1 265", "1265", "1 575", "1575", normand.getUsername());
        List<Route> toutes = toutesLesRoutes("28");
        for (Role role : List.of(Role.REFERENT, Role.CONTRIBUTEUR, Role.OPERATEUR, Role.LECTEUR)) {
            UserDetails breton = connecte(role, "53", role == Role.OPERATEUR ? "APEC" : null);
            for (Route r : toutes) {
                MvcResult reponse = mvc.perform(request(r.methode(), r.adresse()).with(user(breton)).with(csrf())).andReturn();
                if (r.deRegion()) {
                    assertThat(reponse.getResponse().getStatus()).as(role + " 53 → " + r).isEqualTo(403);
                }
                String corps = reponse.getResponse().getContentAsString();
                for (String donnee : donneesNormandes) {
                    assertThat(corps).as(role + " 53 → " + r + " : « " + donnee + " »").doesNotContain(donnee);
                }
            }
        }
    }

    @Test
    void aBrittanyReferentReadsItsOwnJournalButNotNormandysFiles() throws Exception {
        String page = mvc.perform(get("/journal/53").with(user(connecte(Role.REFERENT, "53", null)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Journal des imports — Bretagne", "entrees-bretagne-2023.csv").doesNotContain("entrees-normandie-2023.csv");
    }

    @Test
    void theDashboardSaysWhatIsImportedAndWhatIsMissingForTheAccountsRegionOnly() throws Exception {
        String page = mvc.perform(get("/").with(user(connecte(Role.REFERENT, "28", null)))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1>Tableau de bord <span>2023</span></h1>", "Normandie", "Entrées en CEP (AGORA) 2023",
                        "importées le", "entrees-normandie-2023.csv", "Données 2023 importées\u00a0: 1 sur 9.", "Dossiers de l’association 2023", "non importés",
                        "href=\"/rapport/28/2023.pdf\"", "href=\"/journal/28\"")
                .doesNotContain("Bretagne").doesNotContain("/rapport/53/");
    }

    @Test
    void aRegionWithoutAnyDataIsShownLastYearsMissingData() throws Exception {
        MvcResult r = mvc.perform(get("/").with(user(connecte(Role.LECTEUR, "94", null)))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        int anneeDerniere = java.time.Year.now().getValue() - 1;
        assertThat(r.getResponse().getContentAsString()).contains("<h1>Tableau de bord <span>" + anneeDerniere + "</span></h1>", "Corse",
                "Données " + anneeDerniere + " importées\u00a0: 0 sur 9.", "Entrées en CEP (AGORA) " + anneeDerniere, "non importées");
    }

    @Test
    void aNationalAccountReadsNormandyAndDownloadsItsReport() throws Exception {
        UserDetails national = connecte(Role.NATIONAL, null, null);
        assertThat(mvc.perform(get("/").with(user(national))).andReturn().getResponse().getContentAsString())
                .contains("<h2 id=\"toutes-regions\">Toutes les régions</h2>", "Normandie", "Bretagne", "Guadeloupe",
                        "href=\"/rapport/28/2023.pdf\"", "href=\"/rapport/53/2023.pdf\"", "href=\"/journal/28\"");
        assertThat(mvc.perform(get("/journal/28").with(user(national))).andReturn().getResponse().getContentAsString())
                .contains("entrees-normandie-2023.csv");
        MvcResult rapport = mvc.perform(get("/rapport/28/2023.html").with(user(national))).andReturn();
        assertThat(rapport.getResponse().getStatus()).isEqualTo(200);
        assertThat(rapport.getResponse().getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"rapport-28-2023.html\"");
        assertThat(rapport.getResponse().getContentAsString()).contains("Normandie");
    }

    @Test
    void anUnknownRegionIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/journal/99").with(user(connecte(Role.NATIONAL, null, null)))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }
}
