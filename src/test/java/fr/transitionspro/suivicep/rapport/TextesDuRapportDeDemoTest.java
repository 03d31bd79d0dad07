package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.demo.JeuDeDemonstration;
import fr.transitionspro.suivicep.indicateurs.Catalogue;

/**
 * The default texts of the demo report (Normandie 2023), read in its HTML. The expected figures
 * are the published ones (demo.md, reference report p. « Les observations interrégionales »):
 * PTP dossiers 1 307 → 1 265 (−3,2 %), with CEP 497 → 565 (+13,7 %), Bretagne +2,1 %,
 * Pays de la Loire +2,5 %, take-up rate 9,9 % (5th), Groupement Évolution for France compétences.
 */
class TextesDuRapportDeDemoTest {

    private static final char FINE = '\u202f';
    private static final char INSECABLE = '\u00a0';

    @TempDir
    static Path dossier;

    private static Document page;
    private static int pointsDesTextesParDefaut;

    @BeforeAll
    static void genererLeRapportDeDemonstration() throws Exception {
        try (Base base = JeuDeDemonstration.preparerBase(dossier, Fixtures.base(dossier, "demo"))) {
            GenerateurRapport generateur = new GenerateurRapport(base, Catalogue.standard(), true);
            Path html = generateur.generer("28", 2023, Set.of("html"), dossier.resolve("rapport")).get(0);
            pointsDesTextesParDefaut = generateur.pointsAVerifier();
            page = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
        }
    }

    /** The live text blocks of a section, as a reader gets them (no-break spaces kept). */
    private static String textes(String ancre) {
        Element titre = page.getElementById(ancre);
        StringBuilder sb = new StringBuilder();
        for (Element texte : titre.parent().select("> div.texte")) {
            sb.append(texte.wholeText().replaceAll("[ \\n]+", " ").strip()).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void theInterregionalCommentSaysTheVerbOfEachRegionsChange() {
        String texte = textes("interregional");
        assertThat(texte).contains("Entre 2022 et 2023, le nombre de dossiers PTP présentés en Normandie a diminué de 3,2"
                + INSECABLE + "%. Sur la même période, il a augmenté de 2,1" + INSECABLE + "% en Bretagne et augmenté de 2,5"
                + INSECABLE + "% dans les Pays de la Loire.");
        assertThat(texte).contains("Entre 2022 et 2023, le nombre de dossiers PTP accompagnés par un opérateur CEP en Normandie "
                + "a augmenté de 13,7" + INSECABLE + "%.");
    }

    @Test
    void thePtpSectionOpensWithTheCountsOfTheYear() {
        assertThat(textes("ptp")).startsWith("En 2023, en Normandie, 1" + FINE + "265 dossiers PTP ont été présentés à la "
                + "commission paritaire interprofessionnelle régionale. 964 projets de transition professionnelle ont été financés")
                .contains("Par rapport à 2022, le nombre de dossiers présentés a diminué de 3,2" + INSECABLE + "%.")
                .contains("Groupement Évolution 89,0" + INSECABLE + "%");
    }

    @Test
    void theTakeUpRateIsComparedAndRanked() {
        assertThat(textes("recours-cep")).contains("Ainsi, 9,9" + INSECABLE + "% de la population active en Normandie a eu "
                + "recours au CEP, contre 10,1" + INSECABLE + "% pour l'ensemble de la France métropolitaine.")
                .contains("la région Normandie est la 5e en termes de recours au CEP, la première étant la région "
                        + "Provence-Alpes-Côte d'Azur (12,4" + INSECABLE + "%)");
    }

    @Test
    void everySectionOfPartTwoHasADefaultText() {
        for (String ancre : new String[] {"precisions-donnees", "p2-1", "recours-cep", "profil-cep", "usage-cep",
                "retour-operateurs", "p2-2", "ptp", "demission-reconversion", "transco", "autres-dispositifs", "interregional"}) {
            assertThat(textes(ancre)).as(ancre).isNotBlank();
        }
    }

    @Test
    void theDefaultTextsTypeNoNumberByHandSoTheDraftHasNothingToCheck() {
        assertThat(pointsDesTextesParDefaut).isZero();
        assertThat(page.getElementById("points-a-verifier")).isNull();
    }

    @Test
    void theConclusionIsALiveTextDraftedFromTheYearsKeyFigures() {
        // published: 147 693 entries, 9,9 % against 10,1 % (FM); PTP dossiers −3,2 %; démission-reconversion +16,0 %.
        String texte = textes("conclusion");
        assertThat(texte).contains("En 2023, 147" + FINE + "693 actifs sont entrés dans un parcours de CEP en Normandie")
                .contains("9,9" + INSECABLE + "%, contre 10,1" + INSECABLE + "%")
                .contains("a diminué de 3,2" + INSECABLE + "%")
                .contains("démission-reconversion a augmenté de 16,0" + INSECABLE + "%");
        assertThat(textes("introduction")).contains("Groupement Évolution").contains("Pôle emploi");
        assertThat(textes("prolongements")).contains("en 2024");
    }
}
