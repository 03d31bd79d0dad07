package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * A person's path through a real browser: Debian's chromium, headless, driven by Debian's chromedriver.
 * Skipped, with the reason, where they are not installed (.ci/run installs them). The screenshots land in
 * target/captures for a look.
 */
@ApplicationWebDeTest
class NavigateurTest {

    @LocalServerPort
    int port;
    @Autowired
    Comptes comptes;
    @Autowired
    Base base;
    @TempDir
    Path profil;

    private WebDriver navigateur;

    @BeforeEach
    void ouvrir() throws Exception {
        navigateur = Chromium.ouvrir(profil, 1000);
        JeuDeTest.importer(base);
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void aReferentMistypesThenSignsInThroughTheFormAndSeesTheDashboardOfItsRegion() throws Exception {
        String email = JeuDeTest.compte(comptes, Role.REFERENT, "28", null);
        navigateur.get("http://localhost:" + port + "/");
        WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(10));
        attente.until(ExpectedConditions.titleIs("Connexion — Suivi du CEP"));
        capturer("connexion");

        navigateur.findElement(By.id("email")).sendKeys(email);
        navigateur.findElement(By.id("motDePasse")).sendKeys("pas le bon mot de passe");
        navigateur.findElement(By.cssSelector("main button[type=submit]")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(navigateur.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Adresse électronique ou mot de passe incorrect. Vérifiez votre saisie et réessayez.");
        capturer("connexion-refusee");

        navigateur.findElement(By.id("email")).sendKeys(email);
        navigateur.findElement(By.id("motDePasse")).sendKeys(JeuDeTest.MOT_DE_PASSE);
        navigateur.findElement(By.cssSelector("main button[type=submit]")).click();

        attente.until(ExpectedConditions.titleIs("Tableau de bord 2023 — Suivi du CEP"));
        assertThat(navigateur.findElement(By.tagName("h1")).getText()).isEqualTo("Tableau de bord 2023");
        assertThat(navigateur.findElement(By.tagName("main")).getText())
                .contains("Normandie", "Entrées en CEP (AGORA) 2023", "importées le", "Dossiers de l’association 2023", "non importés");
        capturer("tableau-de-bord");

        navigateur.findElement(By.cssSelector("header form button")).click();
        attente.until(ExpectedConditions.titleIs("Connexion — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Vous êtes déconnecté.");
    }

    private void capturer(String nom) throws Exception {
        Chromium.capturer(navigateur, nom);
    }
}
