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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * An import refused then accepted after a fix, in Debian's headless chromium (skipped with the reason where it is
 * not installed). Centre-Val de Loire (24), which no other web test writes. Screenshots in target/captures.
 */
@ApplicationWebDeTest
class ImportNavigateurTest {

    @LocalServerPort
    int port;
    @Autowired
    Comptes comptes;
    @TempDir
    Path dossier;

    private WebDriver navigateur;

    @BeforeEach
    void ouvrir() throws Exception {
        navigateur = Chromium.ouvrir(dossier.resolve("profil"), 1000);
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void aReferentUploadsAFileWithAnUnknownRegionFixesItChecksItAgainAndConfirmsTheImport() throws Exception {
        String email = JeuDeTest.compte(comptes, Role.REFERENT, "24", null);
        WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(15));
        navigateur.get("http://localhost:" + port + "/");
        Chromium.connecter(navigateur, attente, email);
        attente.until(ExpectedConditions.titleContains("Tableau de bord"));

        navigateur.findElement(By.linkText("Importer des données")).click();
        attente.until(ExpectedConditions.titleIs("Importer des données — Centre-Val de Loire — Suivi du CEP"));
        capturer("import-formulaire");

        Path faux = Files.writeString(Files.createDirectories(dossier.resolve("avant")).resolve("entrees-centre-2022.csv"),
                "annee;region;operateur;effectif\n2022;24;APEC;412\n2022;24;CAP_EMPLOI;96\n2022;42;MISSION_LOCALE;150\n");
        deposer(faux);
        attente.until(ExpectedConditions.titleIs("Fichier refusé — Centre-Val de Loire — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector("[role=alert] h2")).getText()).isEqualTo("Fichier « entrees-centre-2022.csv » refusé");
        var cellules = navigateur.findElements(By.cssSelector("table.erreurs tbody tr:first-child > *"));
        assertThat(cellules.get(0).getText()).isEqualTo("4");
        assertThat(cellules.get(1).getText()).isEqualTo("2 « region »");
        assertThat(cellules.get(2).getText()).isEqualTo("42");
        capturer("import-refuse");

        Path corrige = Files.writeString(Files.createDirectories(dossier.resolve("apres")).resolve("entrees-centre-2022.csv"),
                "annee;region;operateur;effectif\n2022;24;APEC;412\n2022;24;CAP_EMPLOI;96\n2022;24;MISSION_LOCALE;150\n");
        deposer(corrige);
        attente.until(ExpectedConditions.titleIs("Vérification réussie — Centre-Val de Loire — Suivi du CEP"));
        // getText() gives the no-break spaces of French typography as plain spaces.
        assertThat(navigateur.findElement(By.cssSelector(".essai > p")).getText())
                .isEqualTo("Le fichier « entrees-centre-2022.csv » (Entrées en CEP (AGORA)) est conforme : 3 lignes à importer.");
        assertThat(navigateur.findElement(By.cssSelector("table.tranches tbody tr")).getText())
                .isEqualTo("Entrées en CEP (AGORA) Centre-Val de Loire 2022 3");
        capturer("import-essai");

        navigateur.findElement(By.xpath("//button[text()='Confirmer l’import']")).click();
        attente.until(ExpectedConditions.titleIs("Journal des imports — Centre-Val de Loire — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Fichier « entrees-centre-2022.csv » importé : 3 lignes (Entrées en CEP (AGORA) 2022).");
        assertThat(navigateur.findElement(By.cssSelector("table.journal tbody tr")).getText())
                .contains("entrees-centre-2022.csv", "Entrées en CEP (AGORA)", "2022", "3");
        capturer("import-journal");
    }

    private void deposer(Path fichier) {
        new Select(navigateur.findElement(By.id("type"))).selectByValue("entrees");
        navigateur.findElement(By.id("fichier")).sendKeys(fichier.toAbsolutePath().toString());
        navigateur.findElement(By.xpath("//button[text()='Vérifier le fichier']")).click();
    }

    private void capturer(String nom) throws Exception {
        Chromium.capturer(navigateur, nom);
    }
}
