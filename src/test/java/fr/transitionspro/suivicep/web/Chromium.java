package fr.transitionspro.suivicep.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by Debian's chromedriver: the one way the browser tests start
 * a browser. The test is skipped, saying why, where they are not installed (.ci/run installs them).
 */
final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A browser with a fresh profile in {@code profil}; the window is {@code hauteur} pixels high. */
    static WebDriver ouvrir(Path profil, int hauteur) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium et chromedriver absents (/usr/bin) : apt-get install chromium chromium-driver");
        // Without the background-networking flags chromium keeps calling hosts this closed network refuses.
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280," + hauteur,
                        "--user-data-dir=" + Files.createDirectories(profil).toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves a screenshot of the page as target/captures/{nom}.png, for a look. */
    /** Fills and sends the login form the browser shows (waited for), as {@code email} with the test password. */
    static void connecter(WebDriver navigateur, WebDriverWait attente, String email) {
        attente.until(ExpectedConditions.titleIs("Connexion — Suivi du CEP"));
        navigateur.findElement(By.id("email")).sendKeys(email);
        navigateur.findElement(By.id("motDePasse")).sendKeys(JeuDeTest.MOT_DE_PASSE);
        navigateur.findElement(By.cssSelector("main button[type=submit]")).click();
    }

    static void capturer(WebDriver navigateur, String nom) throws IOException {
        File png = ((ChromeDriver) navigateur).getScreenshotAs(OutputType.FILE);
        Path captures = Files.createDirectories(Path.of("target", "captures"));
        Files.copy(png.toPath(), captures.resolve(nom + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
