package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * The explorer's page is read by many people at once: it runs beside the other requests and serves the tables it
 * kept, never one older than the data. Normandie (28) 2023 of JeuDeTest: 1 265 entries for the Apec, 310 for Cap
 * emploi, 1 575 in all.
 */
@ApplicationWebDeTest
class ExplorateurSimultaneTest {

    private static final String FINE = "\u202f";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    Comptes comptes;
    @Autowired
    UserDetailsService comptesDeConnexion;
    @Autowired
    Base base;
    @Autowired
    AccesBase acces;

    @BeforeEach
    void donnees() {
        JeuDeTest.importer(base);
    }

    /** The web tests share one base: Normandie as JeuDeTest left it, and no operator name of its own. */
    @AfterEach
    void remettre() {
        base.jdbi().useHandle(h -> h.execute("DELETE FROM libelle_operateur WHERE region = '28' AND libelle = 'Cap emploi Normandie'"));
        JeuDeTest.importer(base);
    }

    private String page(UserDetails qui, String adresse) throws Exception {
        return mvc.perform(get(adresse).with(user(qui))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anImportOrAConfigurationMadeThroughAnotherBaseIsSeenByTheNextPage() throws Exception {
        UserDetails national = comptesDeConnexion.loadUserByUsername(JeuDeTest.compte(comptes, Role.NATIONAL, null, null));
        String adresse = "/explorer/28?indicateur=cep.entrees&annee=2023";
        assertThat(page(national, adresse)).contains(">1" + FINE + "575<", ">310<");
        // Asked again: the kept table.
        assertThat(page(national, adresse)).contains(">1" + FINE + "575<");

        // Another process on the same base (the command line beside the server on PostgreSQL; here a second
        // Base on the same file), which the server is not told about.
        Path dossier = Files.createTempDirectory("suivi-cep-explorateur-autre-");
        try (Base autre = Base.ouvrir(base.adresse())) {
            Fixtures.importer(autre, Fixtures.fichier(dossier, "entrees-normandie-2023-corrige.csv",
                    "annee;region;operateur;effectif\n2023;28;APEC;1000\n2023;28;CAP_EMPLOI;310\n"), TypeFichier.ENTREES);
        }
        assertThat(page(national, adresse)).contains(">1" + FINE + "310<", ">1" + FINE + "000<").doesNotContain(">1" + FINE + "575<");

        try (Base autre = Base.ouvrir(base.adresse())) {
            autre.jdbi().useHandle(h -> h.execute("INSERT INTO libelle_operateur (region, operateur, annee_debut, annee_fin, libelle) "
                    + "VALUES ('28', 'CAP_EMPLOI', 2023, 2023, 'Cap emploi Normandie')"));
        }
        assertThat(page(national, adresse)).contains("<span>Cap emploi Normandie</span>");
    }

    /** A client signed in as a new NATIONAL account, over real HTTP (so that requests run on the server's threads). */
    private HttpClient connecte(String racine) throws Exception {
        String email = JeuDeTest.compte(comptes, Role.NATIONAL, null, null);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String formulairePage = client.send(HttpRequest.newBuilder(URI.create(racine + "/connexion")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher jeton = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(formulairePage);
        assertThat(jeton.find()).isTrue();
        String formulaire = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&motDePasse="
                + URLEncoder.encode(JeuDeTest.MOT_DE_PASSE, StandardCharsets.UTF_8) + "&_csrf=" + jeton.group(1);
        HttpResponse<Void> connexion = client.send(HttpRequest.newBuilder(URI.create(racine + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formulaire)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(connexion.headers().firstValue("Location")).hasValue(racine + "/");
        return client;
    }

    private static HttpRequest demande(String url) {
        return HttpRequest.newBuilder(URI.create(url)).build();
    }

    /** The page without what differs from one request to the next: the form's token and the time taken. */
    private static String sansVariable(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"").replaceAll("l’année en [^<]*</p>", "l’année en …</p>");
    }

    @Test
    void pagesAskedAllAtOnceAreTheOnesEachGetsAlone() throws Exception {
        String racine = "http://localhost:" + port;
        HttpClient client = connecte(racine);
        List<String> adresses = new ArrayList<>();
        for (String region : List.of("28", "53", "FM", "FR")) {
            for (String indicateur : List.of("cep.entrees", "cep.entrees.part", "cep.entrees.variation")) {
                adresses.add(racine + "/explorer/" + region + "?indicateur=" + indicateur + "&annee=2023");
            }
        }
        // All at once, twice: the first time each table is made (in the base's turn), the second time it is kept.
        List<CompletableFuture<HttpResponse<String>>> ensemble = new ArrayList<>();
        for (int tour = 0; tour < 2; tour++) {
            for (String a : adresses) {
                ensemble.add(client.sendAsync(demande(a), HttpResponse.BodyHandlers.ofString()));
            }
        }
        for (int i = 0; i < ensemble.size(); i++) {
            HttpResponse<String> r = ensemble.get(i).get(120, TimeUnit.SECONDS);
            String seule = client.send(demande(adresses.get(i % adresses.size())), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(sansVariable(r.body())).as(adresses.get(i % adresses.size())).isEqualTo(sansVariable(seule));
        }
        assertThat(ensemble.get(0).get().body()).contains("Normandie, 2023", ">1" + FINE + "575<");
    }

    @Test
    void aKeptPageIsServedWhileAnotherRequestHoldsTheBasesTurn() throws Exception {
        String racine = "http://localhost:" + port;
        HttpClient client = connecte(racine);
        String adresse = racine + "/explorer/28?indicateur=cep.entrees&annee=2023";
        assertThat(client.send(demande(adresse), HttpResponse.BodyHandlers.ofString()).body()).contains(">1" + FINE + "575<");
        // As an import would: the base's turn held, here by the test, until the page has come back.
        HttpResponse<String> pendant = acces.seul(() -> {
            try {
                return client.sendAsync(demande(adresse), HttpResponse.BodyHandlers.ofString()).get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("La page n'est pas venue pendant que la base était prise", e);
            }
        });
        assertThat(pendant.statusCode()).isEqualTo(200);
        assertThat(pendant.body()).contains(">1" + FINE + "575<");
    }
}
