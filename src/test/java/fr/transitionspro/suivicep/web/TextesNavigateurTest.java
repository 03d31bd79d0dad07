package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * A référent of Normandie edits a text of the report in Debian's headless chromium: the live preview shows the faulty
 * reference then the computed figure (1 265 + 310 entries of {@link JeuDeTest} = 1 575) without any click, the text is
 * saved, and the PDF downloaded from the report page holds the sentence (read back with poppler's pdftotext).
 * Screenshots in target/captures.
 */
@ApplicationWebDeTest
class TextesNavigateurTest {

    private static final Path PDFTOTEXT = Path.of("/usr/bin/pdftotext");
    private static final String PHRASE = "Phrase de l'association : 1 575 entrées en CEP en Normandie en 2023.";

    @LocalServerPort
    int port;
    @Autowired
    Comptes comptes;
    @Autowired
    Base base;
    @TempDir
    Path dossier;

    private WebDriver navigateur;

    @BeforeEach
    void ouvrir() throws Exception {
        JeuDeTest.importer(base);
        navigateur = Chromium.ouvrir(dossier.resolve("profil"), 1100);
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void aReferentEditsATextSeesTheLivePreviewSavesItAndFindsItInTheDownloadedPdf() throws Exception {
        String email = JeuDeTest.compte(comptes, Role.REFERENT, "28", null);
        WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(60));
        // The preview is replaced by each answer of the server: an element read during a swap is stale, read it again.
        attente.ignoring(StaleElementReferenceException.class);
        navigateur.get("http://localhost:" + port + "/");
        Chromium.connecter(navigateur, attente, email);
        attente.until(ExpectedConditions.titleContains("Tableau de bord"));

        navigateur.findElement(By.linkText("Rapport et textes")).click();
        attente.until(ExpectedConditions.titleIs("Rapport 2023 — Normandie — Suivi du CEP"));
        Chromium.capturer(navigateur, "textes-page-rapport");
        navigateur.findElement(By.linkText("Relire et modifier les textes du rapport 2023")).click();
        attente.until(ExpectedConditions.titleIs("Textes du rapport 2023 — Normandie — Suivi du CEP"));
        Chromium.capturer(navigateur, "textes-liste");

        navigateur.findElement(By.cssSelector("a[href='/textes/28/2023/recours-cep']")).click();
        attente.until(ExpectedConditions.titleIs("Texte « recours-cep » — Normandie 2023 — Suivi du CEP"));
        WebElement zone = navigateur.findElement(By.id("markdown"));
        zone.clear();
        zone.sendKeys("Phrase de l'association : {{ cep.entree }} entrées en CEP {{ en_region }} en {{ annee }}.");
        attente.until(d -> texte(d, "#apercu").contains("ligne 1 : {{ cep.entree }} : indicateur inconnu « cep.entree »"));
        assertThat(navigateur.findElement(By.id("etat-apercu")).getText()).isEqualTo("Aperçu à jour.");
        Chromium.capturer(navigateur, "textes-apercu-erreur");

        // Fix the reference in place: « cep.entree » → « cep.entrees ».
        zone.clear();
        zone.sendKeys("Phrase de l'association : {{ cep.entrees }} entrées en CEP {{ en_region }} en {{ annee }}.");
        attente.until(d -> texte(d, "#apercu .texte-rendu").equals(PHRASE));
        assertThat(texte(navigateur, "#apercu")).doesNotContain("Références à corriger").contains("{{ cep.entrees }} 1 1 575");
        Chromium.capturer(navigateur, "textes-apercu");

        navigateur.findElement(By.xpath("//button[text()='Enregistrer']")).click();
        attente.until(d -> !d.findElements(By.cssSelector(".alerte.succes")).isEmpty());
        assertThat(texte(navigateur, ".alerte.succes")).isEqualTo("Texte enregistré. Le rapport l’imprime désormais, avec les chiffres de l’aperçu.");
        assertThat(texte(navigateur, ".etat-texte")).startsWith("Texte modifié le ");
        Chromium.capturer(navigateur, "textes-enregistre");

        Path telechargements = Files.createDirectories(dossier.resolve("telechargements"));
        ((ChromeDriver) navigateur).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", telechargements.toAbsolutePath().toString()));
        navigateur.findElement(By.linkText("Rapport 2023")).click();
        attente.until(ExpectedConditions.titleIs("Rapport 2023 — Normandie — Suivi du CEP"));
        navigateur.findElement(By.cssSelector("a[href='/rapport/28/2023.pdf']")).click();
        Path pdf = telechargements.resolve("rapport-28-2023.pdf");
        attente.until(d -> Files.exists(pdf) && !Files.exists(telechargements.resolve("rapport-28-2023.pdf.crdownload")));

        assumeTrue(Files.isExecutable(PDFTOTEXT), "pdftotext absent (/usr/bin) : apt-get install poppler-utils");
        Process p = new ProcessBuilder(PDFTOTEXT.toString(), "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String contenu = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(normaliser(contenu)).contains(PHRASE);
    }

    /** The visible text, French spaces (no-break, narrow no-break) and line breaks as plain spaces. */
    private static String texte(WebDriver d, String selecteur) {
        return normaliser(d.findElement(By.cssSelector(selecteur)).getText());
    }

    private static String normaliser(String texte) {
        return texte.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
