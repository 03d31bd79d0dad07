package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
    void ouvrir() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium et chromedriver absents (/usr/bin) : apt-get install chromium chromium-driver");
        JeuDeTest.importer(base);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000",
                        "--user-data-dir=" + profil.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        navigateur = new ChromeDriver(service, options);
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
        File png = ((ChromeDriver) navigateur).getScreenshotAs(OutputType.FILE);
        Path dossier = Files.createDirectories(Path.of("target", "captures"));
        Files.copy(png.toPath(), dossier.resolve(nom + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
