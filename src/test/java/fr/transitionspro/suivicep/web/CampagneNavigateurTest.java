package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.campagne.Campagne;
import fr.transitionspro.suivicep.campagne.Jalon;
import fr.transitionspro.suivicep.campagne.Saisie;
import fr.transitionspro.suivicep.campagne.Statut;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * The campaign in a real browser: Normandie's référent follows the 2020 campaign from the home page and sets its dates,
 * then France compétences reads the national view with the map. 2020 is this test's own year in the shared base
 * (the other web tests read 2023); Corse (94) keeps no data, so it shows « n.d. ». Screenshots in target/captures.
 */
@ApplicationWebDeTest
class CampagneNavigateurTest {

    static final int ANNEE = 2020;

    /** Entries and working population by region, 2020: Bretagne has the highest metropolitan rate (1,08 %). */
    static final Map<String, long[]> RECOURS = Map.ofEntries(
            Map.entry("11", new long[] {52000, 6300000}), Map.entry("24", new long[] {9800, 1200000}),
            Map.entry("27", new long[] {10500, 1300000}), Map.entry("28", new long[] {14200, 1550000}),
            Map.entry("32", new long[] {24000, 2700000}), Map.entry("44", new long[] {22000, 2600000}),
            Map.entry("52", new long[] {17500, 1800000}), Map.entry("53", new long[] {16800, 1560000}),
            Map.entry("75", new long[] {25000, 2800000}), Map.entry("76", new long[] {26000, 2700000}),
            Map.entry("84", new long[] {36000, 3800000}), Map.entry("93", new long[] {21000, 2300000}),
            Map.entry("01", new long[] {2100, 180000}), Map.entry("02", new long[] {1500, 160000}),
            Map.entry("04", new long[] {5200, 380000}));

    @LocalServerPort
    int port;
    @Autowired
    Comptes comptes;
    @Autowired
    Base base;
    @Autowired
    Campagne campagne;
    @TempDir
    Path dossier;

    private WebDriver navigateur;
    private WebDriverWait attente;

    @BeforeEach
    void ouvrir() throws Exception {
        navigateur = Chromium.ouvrir(dossier.resolve("profil"), 2200);
        attente = new WebDriverWait(navigateur, Duration.ofSeconds(30));
        JeuDeTest.importer(base);
        StringBuilder entrees = new StringBuilder("annee;region;operateur;effectif\n");
        StringBuilder population = new StringBuilder("region;annee;actifs\n");
        RECOURS.forEach((r, v) -> {
            entrees.append(ANNEE).append(';').append(r).append(";APEC;").append(v[0]).append('\n');
            population.append(r).append(';').append(ANNEE).append(';').append(v[1]).append('\n');
        });
        Files.createDirectories(dossier);
        Fixtures.importer(base, Fixtures.fichier(dossier, "entrees-2020.csv", entrees.toString()), TypeFichier.ENTREES);
        Fixtures.importer(base, Fixtures.fichier(dossier, "population-2020.csv", population.toString()), TypeFichier.POPULATION);
        // Normandie 40 PTP (30 accepted, 25 with a CEP) and 20 démission-reconversion (15 accepted); Bretagne 30 PTP (20 accepted).
        StringBuilder dossiers = new StringBuilder("id_dossier;dispositif;annee;region;decision;operateur_cep\n");
        for (int i = 0; i < 40; i++) {
            dossiers.append("N").append(i).append(";PTP;2020;28;").append(i < 30 ? "ACCEPTE" : "REFUSE").append(';').append(i < 25 ? "APEC" : "").append('\n');
        }
        for (int i = 0; i < 20; i++) {
            dossiers.append("R").append(i).append(";DEMISSION_RECONVERSION;2020;28;").append(i < 15 ? "ACCEPTE" : "REFUSE").append(";\n");
        }
        for (int i = 0; i < 30; i++) {
            dossiers.append("B").append(i).append(";PTP;2020;53;").append(i < 20 ? "ACCEPTE" : "REFUSE").append(";\n");
        }
        Fixtures.importer(base, Fixtures.fichier(dossier, "dossiers-2020.csv", dossiers.toString()), TypeFichier.DOSSIERS);
        Fixtures.importer(base, Fixtures.fichier(dossier, "entretiens-2020.csv", "region;annee;operateur;date;interlocuteurs;theme;synthese;citation\n"
                + "28;2020;APEC;15/01/2021;Délégué régional;ACTIVITE;Trois agences.;\n"
                + "28;2020;CAP_EMPLOI;22/01/2021;Directrice;ACTIVITE;Deux sites.;\n"), TypeFichier.ENTRETIENS);
        campagne.enregistrer("53", ANNEE, Map.of(Jalon.ENVOI_FRANCE_COMPETENCES, new Saisie(Statut.FAIT, null, LocalDate.of(2021, 3, 30))),
                "referent-bretagne@essai.fr");
        campagne.enregistrer("84", ANNEE, Map.of(Jalon.PRESENTATION_CREFOP, new Saisie(null, LocalDate.of(2021, 3, 1), null)),
                "referent-ara@essai.fr");
    }

    @AfterEach
    void fermer() {
        if (navigateur != null) {
            navigateur.quit();
        }
    }

    private void connecter(String email) {
        navigateur.get("http://localhost:" + port + "/");
        Chromium.connecter(navigateur, attente, email);
        attente.until(ExpectedConditions.titleIs("Tableau de bord 2023 — Suivi du CEP"));
    }

    private void choisirAnnee(int annee) {
        new Select(navigateur.findElement(By.id("annee"))).selectByValue(Integer.toString(annee));
        navigateur.findElement(By.cssSelector("form.choix-annee button")).click();
    }

    /** A date field is filled the way a date picker does: ISO value (typing depends on the browser's locale). */
    private void date(String id, String iso) {
        ((JavascriptExecutor) navigateur).executeScript("arguments[0].value = arguments[1];", navigateur.findElement(By.id(id)), iso);
    }

    /** The text as read, the narrow no-break space of the thousands as a plain space (getText keeps it). */
    private static String texte(WebElement e) {
        return e.getText().replace('\u202f', ' ');
    }

    @Test
    void theReferentFollowsTheCampaignThenFranceCompetencesReadsEveryRegion() throws Exception {
        connecter(JeuDeTest.compte(comptes, Role.REFERENT, "28", null));
        choisirAnnee(ANNEE);
        attente.until(ExpectedConditions.titleIs("Tableau de bord 2020 — Suivi du CEP"));
        WebElement bloc = navigateur.findElement(By.cssSelector("section.bloc-campagne"));
        assertThat(bloc.getText()).contains("Campagne 2020", "3 jalons faits sur 6.", "Prochaine étape : Rédaction, sans date prévue.",
                "Actions de coopération 2020 non importées");
        Chromium.capturer(navigateur, "campagne-accueil-referent");

        navigateur.findElement(By.linkText("Suivre la campagne 2020 : jalons et dates")).click();
        attente.until(ExpectedConditions.titleIs("Campagne 2020 — Normandie — Suivi du CEP"));
        assertThat(navigateur.findElement(By.cssSelector("table.jalons")).getText())
                .contains("Entretiens opérateurs fait non prévu 22 janvier 2021", "registre des entretiens importé : 2 opérateurs");
        new Select(navigateur.findElement(By.id("statut-REDACTION"))).selectByValue("FAIT");
        date("prevu-REDACTION", "2021-02-15");
        date("fait-REDACTION", "2021-02-20");
        date("prevu-PRESENTATION_CREFOP", "2021-03-12");
        date("prevu-ENVOI_FRANCE_COMPETENCES", "2021-04-30");
        navigateur.findElement(By.cssSelector("form.jalons-formulaire button[type=submit]")).click();
        attente.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alerte.succes")));
        assertThat(navigateur.findElement(By.cssSelector(".alerte.succes")).getText()).isEqualTo("Jalons de la campagne 2020 enregistrés.");
        List<String> lignes = navigateur.findElements(By.cssSelector("table.jalons tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(lignes.get(3)).startsWith("Rédaction fait 15 février 2021 20 février 2021 Saisi par referent-");
        assertThat(lignes.get(4)).startsWith("Présentation au CREFOP à faire en retard 12 mars 2021 —");
        assertThat(navigateur.findElement(By.cssSelector("p.synthese")).getText())
                .isEqualTo("4 jalons faits sur 6. Prochaine étape : Présentation au CREFOP, prévue le 12 mars 2021, en retard.");
        Chromium.capturer(navigateur, "campagne-page");

        navigateur.findElement(By.cssSelector("header form button")).click();
        attente.until(ExpectedConditions.titleIs("Connexion — Suivi du CEP"));
        connecter(JeuDeTest.compte(comptes, Role.NATIONAL, null, null));
        assertThat(navigateur.findElement(By.cssSelector("section.bloc-campagne")).getText())
                .contains("Campagne 2023", "Rapports envoyés à France compétences : 0 sur 18.");
        Chromium.capturer(navigateur, "campagne-accueil-national");
        navigateur.findElement(By.linkText("Vue nationale")).click();
        attente.until(ExpectedConditions.titleIs("Vue nationale 2023 — Suivi du CEP"));
        choisirAnnee(ANNEE);
        attente.until(ExpectedConditions.titleIs("Vue nationale 2020 — Suivi du CEP"));
        List<WebElement> recours = navigateur.findElements(By.cssSelector("#recours ~ .recours-carte table tbody tr"));
        assertThat(texte(recours.get(0))).isEqualTo("La Réunion 5 200 380 000 1,4 % non classée");
        assertThat(texte(recours.get(1))).isEqualTo("Guadeloupe 2 100 180 000 1,2 % non classée");
        assertThat(texte(recours.get(2))).isEqualTo("Bretagne 16 800 1 560 000 1,1 % 1er");
        assertThat(texte(recours.get(recours.size() - 3))).startsWith("Corse").endsWith("n.d. n.d. n.d. n.d.");
        assertThat(navigateur.getPageSource()).as("the content policy forbids inline styles").doesNotContain(" style=");
        WebElement carte = navigateur.findElement(By.cssSelector("figure.carte svg[role=img]"));
        assertThat(carte.getAttribute("aria-label")).startsWith("Carte des régions colorées selon leur taux de recours au CEP en 2020, de ");
        assertThat(carte.getSize().getWidth()).isGreaterThan(400);
        // The colours survive the content policy: a region with a value is not drawn in the grey of « n.d. ».
        String bretagne = navigateur.findElement(By.cssSelector("#region-53")).getCssValue("fill");
        String corse = navigateur.findElement(By.cssSelector("#region-94")).getCssValue("fill");
        assertThat(bretagne).isNotEqualTo(corse).isNotEqualTo("rgb(0, 0, 0)");
        assertThat(navigateur.findElement(By.id("rapports")).findElement(By.xpath("..")).getText())
                .contains("Rapports 2020 envoyés à France compétences : 1 sur 18.", "Bretagne Envoyé le 30 mars 2021 3 sur 6",
                        "Normandie Prévu le 30 avril 2021, en retard 4 sur 6 Présentation au CREFOP, Envoi à France compétences");
        Chromium.capturer(navigateur, "vue-nationale");
        ((JavascriptExecutor) navigateur).executeScript("document.getElementById('ptp').scrollIntoView();");
        Chromium.capturer(navigateur, "vue-nationale-dossiers");
        ((JavascriptExecutor) navigateur).executeScript("document.getElementById('rapports').scrollIntoView();");
        Chromium.capturer(navigateur, "vue-nationale-rapports");
    }
}
