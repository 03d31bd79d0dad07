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
import org.openqa.selenium.support.ui.Select;

/** The explorer in a real browser: from the navigation to the shares by operator, then the trace; screenshots in target/captures. */
@ApplicationWebDeTest
class ExplorateurNavigateurTest {

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
        navigateur = Chromium.ouvrir(profil, 1400);
        JeuDeTest.importer(base);
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void aReferentChoosesTheSharesByOperatorAndReadsTheirTrace() throws Exception {
        String email = JeuDeTest.compte(comptes, Role.REFERENT, "28", null);
        navigateur.get("http://localhost:" + port + "/");
        WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(10));
        Chromium.connecter(navigateur, attente, email);
        attente.until(ExpectedConditions.titleIs("Tableau de bord 2023 — Suivi du CEP"));

        navigateur.findElement(By.linkText("Explorer les indicateurs")).click();
        attente.until(ExpectedConditions.titleIs("Explorer les indicateurs — Normandie — Suivi du CEP"));
        new Select(navigateur.findElement(By.id("indicateur"))).selectByValue("cep.entrees.part");
        navigateur.findElement(By.cssSelector("main form button[type=submit]")).click();
        attente.until(ExpectedConditions.textToBePresentInElementLocated(By.id("indicateur-choisi"), "Part des nouvelles entrées"));
        assertThat(navigateur.findElement(By.cssSelector("table.valeurs")).getText()).contains("Apec", "80,3 %", "Cap emploi", "19,7 %");
        assertThat(navigateur.findElements(By.cssSelector("svg[role=img] rect.barre"))).hasSize(2);
        capturer("explorateur");

        navigateur.findElement(By.partialLinkText("Tracer ces valeurs")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.trace")));
        assertThat(navigateur.findElement(By.tagName("main")).getText()).contains("entrees-normandie-2023.csv");
        capturer("explorateur-trace");
    }

    private void capturer(String nom) throws Exception {
        Chromium.capturer(navigateur, nom);
    }
}
