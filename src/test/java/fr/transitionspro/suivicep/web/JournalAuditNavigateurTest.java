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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/** « Journal d'audit » in a real browser: a référent finds its own login there, then filters; screenshots in target/captures. */
@ApplicationWebDeTest
class JournalAuditNavigateurTest {

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
        navigateur = Chromium.ouvrir(profil, 900);
        JeuDeTest.importer(base);
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void aReferentFindsItsLoginInTheAuditLogAndFiltersIt() throws Exception {
        WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(10));
        navigateur.get("http://localhost:" + port + "/connexion?bloque");
        assertThat(navigateur.findElement(By.cssSelector("[role=alert]")).getText()).startsWith("Trop de tentatives de connexion échouées.");
        Chromium.capturer(navigateur, "connexion-bloquee");

        String email = JeuDeTest.compte(comptes, Role.REFERENT, "28", null);
        navigateur.findElement(By.id("email")).sendKeys(email);
        navigateur.findElement(By.id("motDePasse")).sendKeys(JeuDeTest.MOT_DE_PASSE);
        navigateur.findElement(By.cssSelector("main button[type=submit]")).click();
        attente.until(ExpectedConditions.titleContains("Tableau de bord"));

        navigateur.findElement(By.linkText("Journal d’audit")).click();
        attente.until(ExpectedConditions.titleIs("Journal d’audit — Normandie — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector("table.audit tbody")).getText()).contains(email, "Connexion réussie", "Normandie");
        Chromium.capturer(navigateur, "journal-audit");

        new Select(navigateur.findElement(By.id("action"))).selectByVisibleText("Export");
        navigateur.findElement(By.cssSelector("form[aria-label] button[type=submit]")).click();
        attente.until(ExpectedConditions.urlContains("action=EXPORT"));
        // Other test classes share the application: Normandy may have exports; either way, no login is listed.
        assertThat(navigateur.findElements(By.cssSelector("table.audit tbody td")))
                .noneMatch(td -> td.getText().equals("Connexion réussie"));
        assertThat(new Select(navigateur.findElement(By.id("action"))).getFirstSelectedOption().getText()).isEqualTo("Export");
        Chromium.capturer(navigateur, "journal-audit-filtre");
    }
}
