package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * A large file sent over a slow link: the page shows the upload's progress while it goes, then the checked file.
 * Dry run only (nothing is written), Bourgogne-Franche-Comté (27). Screenshots in target/captures.
 */
@ApplicationWebDeTest
class ProgressionImportNavigateurTest {

    @LocalServerPort
    int port;
    @Autowired
    Comptes comptes;
    @TempDir
    Path dossier;

    private WebDriver navigateur;

    @BeforeEach
    void ouvrir() throws Exception {
        navigateur = Chromium.ouvrir(dossier.resolve("profil"), 700);
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void theUploadOfALargeFileShowsItsProgressThenTheCheckedFile() throws Exception {
        String email = JeuDeTest.compte(comptes, Role.REFERENT, "27", null);
        WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(60));
        navigateur.get("http://localhost:" + port + "/connexion");
        navigateur.findElement(By.id("email")).sendKeys(email);
        navigateur.findElement(By.id("motDePasse")).sendKeys(JeuDeTest.MOT_DE_PASSE);
        navigateur.findElement(By.cssSelector("main button[type=submit]")).click();
        attente.until(ExpectedConditions.titleContains("Tableau de bord"));
        navigateur.get("http://localhost:" + port + "/import/27");

        // 60 000 entries (about 1.4 MB) sent at 400 kB/s: a few seconds of upload to watch.
        StringBuilder contenu = new StringBuilder("annee;region;operateur;sexe;age\n");
        for (int i = 0; i < 60_000; i++) {
            contenu.append("2023;27;APEC;").append(i % 2 == 0 ? 'F' : 'M').append(';').append(20 + i % 40).append('\n');
        }
        Path fichier = Files.writeString(dossier.resolve("entrees-bourgogne-2023.csv"), contenu);
        ChromiumNetworkConditions lent = new ChromiumNetworkConditions();
        lent.setUploadThroughput(400 * 1024);
        lent.setDownloadThroughput(10 * 1024 * 1024);
        lent.setLatency(Duration.ofMillis(20));
        ((ChromeDriver) navigateur).setNetworkConditions(lent);

        new Select(navigateur.findElement(By.id("type"))).selectByValue("entrees");
        navigateur.findElement(By.id("fichier")).sendKeys(fichier.toAbsolutePath().toString());
        navigateur.findElement(By.xpath("//button[text()='Vérifier le fichier']")).click();

        attente.until(ExpectedConditions.textMatches(By.cssSelector("#progression-import .texte-progression"),
                java.util.regex.Pattern.compile("Envoi du fichier : [0-9,]+ Mo sur 1,[0-9] Mo \\([0-9]+ %\\)")));
        assertThat(navigateur.findElement(By.id("progression-import")).isDisplayed()).isTrue();
        assertThat(navigateur.findElement(By.xpath("//button[text()='Vérifier le fichier']")).isEnabled()).isFalse();
        Chromium.capturer(navigateur, "import-progression-envoi");

        attente.until(ExpectedConditions.titleIs("Vérification réussie — Bourgogne-Franche-Comté — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector(".essai > p")).getText())
                .isEqualTo("Le fichier « entrees-bourgogne-2023.csv » (Entrées en CEP (AGORA)) est conforme : 60\u202f000 lignes à importer.");
        Chromium.capturer(navigateur, "import-progression-verifie");
    }
}
