package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * A contributeur adds an action to the register, first with a date of the wrong year, finds it in the filtered
 * list, downloads that list as CSV, looks at the other lists and deletes the action, in Debian's headless
 * chromium (skipped with the reason where it is not installed). Nouvelle-Aquitaine (75), which no other web
 * test writes. Screenshots of every page in target/captures.
 */
@ApplicationWebDeTest
class RegistreNavigateurTest {

    @LocalServerPort
    int port;
    @Autowired
    Comptes comptes;
    @Autowired
    Base base;
    @TempDir
    Path dossier;

    private WebDriver navigateur;
    private WebDriverWait attente;

    @BeforeEach
    void ouvrir() throws Exception {
        navigateur = Chromium.ouvrir(dossier.resolve("profil"), 1300);
        attente = new WebDriverWait(navigateur, Duration.ofSeconds(15));
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    @Test
    void aContributorAddsAnActionFindsItInTheFilteredListAndDownloadsTheList() throws Exception {
        RegistreDeTest.importer(base, "75");
        String email = JeuDeTest.compte(comptes, Role.CONTRIBUTEUR, "75", null);
        navigateur.get("http://localhost:" + port + "/");
        Chromium.connecter(navigateur, attente, email);
        attente.until(ExpectedConditions.titleContains("Tableau de bord"));

        navigateur.findElement(By.linkText("Registre des coopérations")).click();
        attente.until(ExpectedConditions.titleIs("Registre des coopérations 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        Chromium.capturer(navigateur, "registre-ensemble");

        navigateur.findElement(By.cssSelector("nav.onglets a[href='/registre/75/2023/actions']")).click();
        attente.until(ExpectedConditions.titleIs("Actions de coopération 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector("p.resultat")).getText()).isEqualTo("4 actions");
        Chromium.capturer(navigateur, "registre-actions");

        navigateur.findElement(By.linkText("Ajouter une action")).click();
        attente.until(ExpectedConditions.titleIs("Ajouter une action — Registre 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        Chromium.capturer(navigateur, "registre-action-formulaire");
        navigateur.findElement(By.id("date")).sendKeys("16/11/2024");
        navigateur.findElement(By.id("titre")).sendKeys("Forum emploi et reconversion");
        new Select(navigateur.findElement(By.id("type"))).selectByVisibleText("Job dating");
        navigateur.findElement(By.xpath("//label[text()='Sécuriser les parcours (section 1.3 du rapport)']")).click();
        navigateur.findElement(By.xpath("//label[text()='Missions locales']")).click();
        navigateur.findElement(By.id("partenaires")).sendKeys("Ville de Bordeaux\nCCI");
        navigateur.findElement(By.id("lieu")).sendKeys("Bordeaux");
        navigateur.findElement(By.id("participants")).sendKeys("240");
        navigateur.findElement(By.xpath("//button[text()='Enregistrer l’action']")).click();

        attente.until(ExpectedConditions.titleIs("Erreur — Ajouter une action — Registre 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        assertThat(navigateur.findElement(By.id("erreur-date")).getText())
                .isEqualTo("La date doit être en 2023, l’année de ce registre (pour une action de 2024, ouvrez le registre 2024).");
        assertThat(navigateur.findElement(By.id("titre")).getAttribute("value")).isEqualTo("Forum emploi et reconversion");
        Chromium.capturer(navigateur, "registre-action-erreur");
        navigateur.findElement(By.linkText("La date doit être en 2023, l’année de ce registre (pour une action de 2024, ouvrez le registre 2024).")).click();
        assertThat(navigateur.switchTo().activeElement().getAttribute("id")).as("the summary's link leads to the field").isEqualTo("date");
        navigateur.findElement(By.id("date")).clear();
        navigateur.findElement(By.id("date")).sendKeys("16/11/2023");
        navigateur.findElement(By.xpath("//button[text()='Enregistrer l’action']")).click();

        attente.until(ExpectedConditions.titleIs("Actions de coopération 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector("[role=status].alerte")).getText())
                .isEqualTo("Action « Forum emploi et reconversion » ajoutée au registre 2023.");
        assertThat(navigateur.findElement(By.cssSelector("p.resultat")).getText()).isEqualTo("5 actions");

        new Select(navigateur.findElement(By.id("f-type"))).selectByVisibleText("Job dating");
        new Select(navigateur.findElement(By.id("f-mois"))).selectByVisibleText("novembre");
        navigateur.findElement(By.xpath("//button[text()='Filtrer']")).click();
        attente.until(ExpectedConditions.urlContains("type=JOB_DATING"));
        assertThat(navigateur.getCurrentUrl()).endsWith("/registre/75/2023/actions?type=JOB_DATING&axe=&operateur=&mois=11");
        assertThat(navigateur.findElement(By.cssSelector("p.resultat")).getText()).isEqualTo("1 action retenue sur 5");
        assertThat(navigateur.findElements(By.cssSelector("table.actions-registre tbody tr"))).hasSize(1);
        assertThat(navigateur.findElement(By.cssSelector("table.actions-registre tbody tr")).getText())
                .contains("16 novembre 2023", "Forum emploi et reconversion", "Job dating", "Sécuriser les parcours", "Missions locales",
                        "Ville de Bordeaux", "CCI", "Bordeaux", "240");
        Chromium.capturer(navigateur, "registre-actions-filtrees");

        Path telechargements = Files.createDirectories(dossier.resolve("telechargements"));
        ((ChromeDriver) navigateur).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", telechargements.toAbsolutePath().toString()));
        navigateur.findElement(By.linkText("Télécharger les actions retenues (CSV)")).click();
        Path csv = telechargements.resolve("actions-75-2023-filtre.csv");
        attente.until(d -> Files.exists(csv) && !Files.exists(telechargements.resolve("actions-75-2023-filtre.csv.crdownload")));
        assertThat(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8)).isEqualTo("\ufeff"
                + "region;annee;date;titre;type;axes;operateurs;partenaires;lieu;participants;description\r\n"
                + "75;2023;16/11/2023;Forum emploi et reconversion;JOB_DATING;SECURISER_PARCOURS;MISSION_LOCALE;Ville de Bordeaux|CCI;"
                + "Bordeaux;240;\r\n");

        for (String[] liste : new String[][] {{"conventions", "Conventions 2023"}, {"lieux", "Lieux d’accueil 2023"},
                {"entretiens", "Entretiens avec les opérateurs 2023"}}) {
            navigateur.findElement(By.cssSelector("nav.onglets a[href='/registre/75/2023/" + liste[0] + "']")).click();
            attente.until(ExpectedConditions.titleIs(liste[1] + " — Nouvelle-Aquitaine — Suivi du CEP"));
            Chromium.capturer(navigateur, "registre-" + liste[0]);
        }
        navigateur.findElement(By.cssSelector("nav.onglets a[href='/registre/75/2023/conventions']")).click();
        navigateur.findElement(By.linkText("Ajouter une convention")).click();
        attente.until(ExpectedConditions.titleIs("Ajouter une convention — Registre 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        Chromium.capturer(navigateur, "registre-convention-formulaire");
        navigateur.get("http://localhost:" + port + "/registre/75/2023/entretiens");
        navigateur.findElement(By.linkText("Ajouter un entretien")).click();
        attente.until(ExpectedConditions.titleIs("Ajouter un entretien — Registre 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        Chromium.capturer(navigateur, "registre-entretien-formulaire");
        navigateur.get("http://localhost:" + port + "/registre/75/2023/lieux");
        navigateur.findElement(By.linkText("Ajouter un lieu d’accueil")).click();
        attente.until(ExpectedConditions.titleIs("Ajouter un lieu d’accueil — Registre 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        navigateur.findElement(By.id("commune")).sendKeys("Pau");
        navigateur.findElement(By.id("departement")).sendKeys("20");
        new Select(navigateur.findElement(By.id("operateur"))).selectByVisibleText("Apec");
        new Select(navigateur.findElement(By.id("type"))).selectByVisibleText("Permanence");
        navigateur.findElement(By.xpath("//button[text()='Enregistrer le lieu']")).click();
        attente.until(ExpectedConditions.titleIs("Erreur — Ajouter un lieu d’accueil — Registre 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        Chromium.capturer(navigateur, "registre-lieu-erreur");

        navigateur.findElement(By.linkText("Registre des coopérations")).click();
        navigateur.findElement(By.cssSelector("nav.onglets a[href='/registre/75/2023/actions']")).click();
        attente.until(ExpectedConditions.titleIs("Actions de coopération 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        navigateur.findElement(By.cssSelector("a[aria-label='Supprimer l’action «\u00a0Forum emploi et reconversion\u00a0»']")).click();
        attente.until(ExpectedConditions.titleIs("Supprimer l’action — Registre 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        Chromium.capturer(navigateur, "registre-suppression");
        navigateur.findElement(By.xpath("//button[text()='Supprimer l’action']")).click();
        attente.until(ExpectedConditions.titleIs("Actions de coopération 2023 — Nouvelle-Aquitaine — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector("[role=status].alerte")).getText())
                .isEqualTo("Action « Forum emploi et reconversion » supprimée du registre 2023.");
        assertThat(navigateur.findElement(By.cssSelector("p.resultat")).getText()).isEqualTo("4 actions");
    }
}
