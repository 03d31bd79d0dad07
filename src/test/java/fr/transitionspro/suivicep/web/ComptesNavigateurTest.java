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

import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * A référent of Occitanie (76), which no other web test uses, creates an operator account
 * in headless chromium, then deactivates it. Screenshots in target/captures.
 */
@ApplicationWebDeTest
class ComptesNavigateurTest {

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
    void aReferentCreatesAnOperatorAccountThenDeactivatesIt() throws Exception {
        String referent = JeuDeTest.compte(comptes, Role.REFERENT, "76", null);
        WebDriverWait attente = new WebDriverWait(navigateur, Duration.ofSeconds(30));
        navigateur.get("http://localhost:" + port + "/");
        Chromium.connecter(navigateur, attente, referent);
        attente.until(ExpectedConditions.titleContains("Tableau de bord"));

        navigateur.findElement(By.linkText("Comptes")).click();
        attente.until(ExpectedConditions.titleIs("Comptes — Occitanie — Suivi du CEP"));
        navigateur.findElement(By.id("email")).sendKeys("conseillere.apec@occitanie.essai.fr");
        new Select(navigateur.findElement(By.id("role"))).selectByValue("OPERATEUR");
        new Select(navigateur.findElement(By.id("operateur"))).selectByValue("APEC");
        navigateur.findElement(By.id("motDePasse")).sendKeys("mot de passe initial");
        navigateur.findElement(By.id("confirmation")).sendKeys("mot de passe initial");
        Chromium.capturer(navigateur, "comptes-formulaire");
        navigateur.findElement(By.xpath("//button[text()='Créer le compte']")).click();
        attente.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alerte.succes")));
        assertThat(navigateur.findElement(By.cssSelector(".alerte.succes")).getText())
                .startsWith("Compte « conseillere.apec@occitanie.essai.fr » créé (Opérateur · ");
        assertThat(navigateur.findElement(By.xpath("//tr[th='conseillere.apec@occitanie.essai.fr']")).getText()).contains("Opérateur", "actif");
        Chromium.capturer(navigateur, "comptes-cree");

        navigateur.findElement(By.cssSelector("button[aria-label='Désactiver le compte conseillere.apec@occitanie.essai.fr']")).click();
        attente.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alerte.succes"), "désactivé"));
        assertThat(navigateur.findElement(By.xpath("//tr[th='conseillere.apec@occitanie.essai.fr']")).getText()).contains("désactivé", "Réactiver");
        assertThat(comptes.trouver("conseillere.apec@occitanie.essai.fr").orElseThrow().actif()).isFalse();
        Chromium.capturer(navigateur, "comptes-desactive");
    }
}
