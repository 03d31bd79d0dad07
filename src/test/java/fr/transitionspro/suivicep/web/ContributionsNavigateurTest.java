package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * The review of a contribution in a real browser, from the operator's first text to the report: Cap emploi's
 * operator writes and submits its « Bilan des coopérations » 2023; Normandie's référent sends it back with a
 * comment; the operator reads the comment, fixes the text and submits again; the référent approves it; the report's
 * HTML then prints it in section 2.4 « Le réseau des Cap emploi ». Screenshots in target/captures (contributions-*).
 */
@ApplicationWebDeTest
class ContributionsNavigateurTest {

    private static final String PREMIER_JET = "Le réseau Cap emploi a tenu des permanences communes avec Transitions Pro.";
    private static final String CORRIGE = "Le réseau Cap emploi a tenu **six** permanences communes avec Transitions Pro à Caen et Rouen.";

    @LocalServerPort
    int port;
    @Autowired
    Comptes comptes;
    @Autowired
    Base base;
    @TempDir
    Path profil;

    private WebDriver navigateur;
    private WebDriverWait attente;

    @BeforeEach
    void ouvrir() throws Exception {
        navigateur = Chromium.ouvrir(profil, 1300);
        attente = new WebDriverWait(navigateur, Duration.ofSeconds(20));
        JeuDeTest.importer(base);
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void anOperatorsContributionGoesBackAndForthThenIntoTheReport() throws Exception {
        String operateur = JeuDeTest.compte(comptes, Role.OPERATEUR, "28", "CAP_EMPLOI");
        String referent = JeuDeTest.compte(comptes, Role.REFERENT, "28", null);

        // The operator writes, previews and submits.
        seConnecter(operateur);
        assertThat(texte("main")).contains("Bilan des coopérations Cap emploi à écrire", "Retour Cap emploi à écrire");
        capturer("contributions-1-tableau-de-bord-operateur");
        navigateur.findElement(By.linkText("Bilan des coopérations Cap emploi à écrire")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.id("markdown")));
        navigateur.findElement(By.id("markdown")).sendKeys(PREMIER_JET);
        bouton("Aperçu").click();
        attente.until(ExpectedConditions.textToBePresentInElementLocated(By.id("titre-apercu"), "Aperçu (non enregistré)"));
        assertThat(texte(".apercu .texte-contribution")).isEqualTo(PREMIER_JET);
        capturer("contributions-2-apercu");
        bouton("Soumettre").click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alerte.succes")));
        assertThat(texte(".etat-contribution")).contains("en attente de validation");
        capturer("contributions-3-soumise");

        // Its figures are its network's only: Cap emploi's 310 entries, not the Apec's 1 265 nor the region's 1 575.
        navigateur.get(adresse("/explorer/28?indicateur=cep.entrees&annee=2023"));
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.valeurs")));
        assertThat(texte("table.valeurs")).contains("Cap emploi", "310").doesNotContain("Apec", "1 265", "1 575", "Ensemble");
        assertThat(texte("main")).contains("vous voyez seulement les chiffres de votre réseau (Cap emploi)");
        capturer("contributions-explorateur-operateur");
        seDeconnecter();

        // The référent sends it back with a comment.
        seConnecter(referent);
        assertThat(texte("main")).contains("Bilan des coopérations Cap emploi en attente de validation", "Retour Apec non reçu");
        capturer("contributions-4-tableau-de-bord-referent");
        navigateur.findElement(By.linkText("Toutes les contributions des opérateurs")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.id("commentaire-cap_emploi-cooperations")));
        navigateur.findElement(By.id("commentaire-cap_emploi-cooperations")).sendKeys("Combien de permanences, et où ?");
        capturer("contributions-5-liste-referent");
        navigateur.findElement(By.cssSelector("#cap_emploi-cooperations button[value=renvoyer]")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alerte.succes")));
        assertThat(texte(".alerte.succes")).isEqualTo("Bilan des coopérations Cap emploi renvoyé à l’opérateur avec votre commentaire.");
        assertThat(texte("#cap_emploi-cooperations .statut")).isEqualTo("renvoyée");
        seDeconnecter();

        // The operator reads the comment, fixes the text and submits again.
        seConnecter(operateur);
        assertThat(texte("main")).contains("Bilan des coopérations Cap emploi renvoyé pour correction");
        navigateur.findElement(By.partialLinkText("Bilan des coopérations Cap emploi renvoyé")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alerte.renvoi")));
        assertThat(texte(".alerte.renvoi")).contains("Combien de permanences, et où ?", referent);
        capturer("contributions-6-renvoyee");
        WebElement zone = navigateur.findElement(By.id("markdown"));
        zone.clear();
        zone.sendKeys(CORRIGE);
        bouton("Soumettre").click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alerte.succes")));
        assertThat(navigateur.findElements(By.cssSelector(".alerte.renvoi"))).as("the comment is addressed").isEmpty();
        seDeconnecter();

        // The référent approves.
        seConnecter(referent);
        navigateur.get(adresse("/contributions/28/2023"));
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.id("cap_emploi-cooperations")));
        assertThat(texte("#cap_emploi-cooperations .texte-contribution"))
                .isEqualTo("Le réseau Cap emploi a tenu six permanences communes avec Transitions Pro à Caen et Rouen.");
        navigateur.findElement(By.cssSelector("#cap_emploi-cooperations button[value=valider]")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alerte.succes")));
        assertThat(texte("#cap_emploi-cooperations .statut")).isEqualTo("validée");
        assertThat(navigateur.findElements(By.cssSelector("#cap_emploi-cooperations form.examen"))).isEmpty();
        capturer("contributions-7-validee");
        navigateur.findElement(By.cssSelector("#cap_emploi-cooperations")).findElement(By.linkText("Historique")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.historique")));
        assertThat(navigateur.findElements(By.cssSelector("ol.historique > li h2"))).extracting(WebElement::getText)
                .allMatch(t -> t.contains(" par "))
                .extracting(t -> t.substring(0, t.indexOf('\n') < 0 ? t.length() : t.indexOf('\n')))
                .containsExactly("Validée", "Soumise pour validation", "Renvoyée pour correction", "Soumise pour validation");
        capturer("contributions-8-historique");

        // The report now prints the approved text in 2.4, with the référent's session.
        String session = navigateur.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> rapport = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(adresse("/rapport/28/2023.html")))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rapport.statusCode()).isEqualTo(200);
        String html = rapport.body();
        int section = html.indexOf("id=\"p1-2-4\"");
        assertThat(section).isPositive();
        assertThat(html.substring(section, html.indexOf("id=\"p1-2-5\"")))
                .contains("<p>Le réseau Cap emploi a tenu <strong>six</strong> permanences communes avec Transitions Pro à Caen et Rouen.</p>");
        assertThat(html).doesNotContain(PREMIER_JET);
    }

    private String adresse(String chemin) {
        return "http://localhost:" + port + chemin;
    }

    private void seConnecter(String email) {
        navigateur.get(adresse("/connexion"));
        Chromium.connecter(navigateur, attente, email);
        attente.until(ExpectedConditions.titleContains("Tableau de bord"));
    }

    private void seDeconnecter() {
        navigateur.findElement(By.cssSelector("header form button")).click();
        attente.until(ExpectedConditions.titleIs("Connexion — Suivi du CEP"));
    }

    private WebElement bouton(String texte) {
        return navigateur.findElements(By.cssSelector("main button")).stream().filter(b -> b.getText().equals(texte)).findFirst().orElseThrow();
    }

    private String texte(String css) {
        return navigateur.findElement(By.cssSelector(css)).getText();
    }

    private void capturer(String nom) throws Exception {
        Chromium.capturer(navigateur, nom);
    }
}
