package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/** Several people at once over real HTTP: the base's single connection must never run two queries together. */
@ApplicationWebDeTest
class RequetesSimultaneesTest {

    @LocalServerPort
    int port;
    @Autowired
    Comptes comptes;
    @Autowired
    Base base;

    @Test
    void reportsAskedAtTheSameMomentAreAllDelivered() throws Exception {
        JeuDeTest.importer(base);
        String email = JeuDeTest.compte(comptes, Role.NATIONAL, null, null);
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String racine = "http://localhost:" + port;
        String page = client.send(HttpRequest.newBuilder(URI.create(racine + "/connexion")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher jeton = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(jeton.find()).isTrue();
        String formulaire = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&motDePasse="
                + URLEncoder.encode(JeuDeTest.MOT_DE_PASSE, StandardCharsets.UTF_8) + "&_csrf=" + jeton.group(1);
        HttpResponse<Void> connexion = client.send(HttpRequest.newBuilder(URI.create(racine + "/connexion"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(formulaire)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(connexion.headers().firstValue("Location")).hasValue(racine + "/");

        List<CompletableFuture<HttpResponse<String>>> demandes = IntStream.range(0, 4)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(URI.create(racine + "/rapport/" + (i % 2 == 0 ? "28" : "53") + "/2023.html"))
                        .build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        for (CompletableFuture<HttpResponse<String>> d : demandes) {
            assertThat(d.get().statusCode()).isEqualTo(200);
        }
    }
}
