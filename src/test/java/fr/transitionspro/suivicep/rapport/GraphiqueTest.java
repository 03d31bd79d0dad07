package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import fr.transitionspro.suivicep.rapport.Graphique.Genre;
import fr.transitionspro.suivicep.rapport.Graphique.Serie;

/**
 * One chart definition, two recordings. The fixture: PTP dossiers of a region over four years,
 * 1 265 presented in 2023 and 900 accepted (values chosen so that the thousands separator shows),
 * and the sex of the beneficiaries of two operators, 62,4 % and 47,5 % women.
 */
class GraphiqueTest {

    private static final char FINE = '\u202f';
    private static final char INSECABLE = '\u00a0';

    private static final Graphique DOSSIERS = new Graphique(Genre.COLONNES, List.of("2020", "2021", "2022", "2023"),
            List.of(new Serie("Dossiers présentés", Arrays.asList(1100.0, 1180.0, 1307.0, 1265.0)),
                    new Serie("Dossiers acceptés", Arrays.asList(800.0, null, 950.0, 900.0))),
            false, 0);

    private static final Graphique SEXE = new Graphique(Genre.EMPILEES, List.of("Apec", "Groupement Évolution"),
            List.of(new Serie("Femmes", List.of(47.5, 62.4)), new Serie("Hommes", List.of(52.5, 37.6))), true, 1);

    @Test
    void leSvgPorteLesValeursEtLesLibellesEnFrancais() {
        String svg = ExportGraphique.svg(DOSSIERS, "figure-1");

        assertThat(svg).startsWith("<svg").contains("viewBox='0.0 0.0 640.0 ").contains("width='640'");
        assertThat(svg).contains(">1" + FINE + "265<", ">1" + FINE + "307<", ">900<");
        assertThat(svg).contains(">2020<", ">2023<", ">Dossiers présentés<", ">Dossiers acceptés<");
        assertThat(svg).as("axis ticks in French too").contains(">1" + FINE + "000<");
        assertThat(svg).as("no number in the English format").doesNotContain("1,265", "1265");
        assertThat(svg).contains("DejaVu Sans Condensed");
    }

    @Test
    void unePartEmpileeEstEcriteAvecUneVirguleEtUnEspaceInsecable() {
        String svg = ExportGraphique.svg(SEXE, "figure-2");

        assertThat(svg).contains(">62,4" + INSECABLE + "%<", ">37,6" + INSECABLE + "%<", ">Groupement Évolution<");
        assertThat(svg).as("the axis of a distribution ends at 100 %").contains(">100" + INSECABLE + "%<");
    }

    @Test
    void uneValeurInconnueNeDessineNiBarreNiZero() {
        String svg = ExportGraphique.svg(DOSSIERS, "figure-1");

        assertThat(barres(svg, "rgb(198,219,239)")).as("dossiers présentés: four years").isEqualTo(4);
        assertThat(barres(svg, "rgb(4,31,71)")).as("dossiers acceptés: 2021 unknown").isEqualTo(3);
    }

    /** Bars are filled rectangles; legend keys are paths. */
    private static long barres(String svg, String couleur) {
        return java.util.regex.Pattern.compile("<rect [^>]*style='fill:" + java.util.regex.Pattern.quote(couleur) + "'")
                .matcher(svg).results().count();
    }

    @Test
    void lePngSeDecodeALaTailleDuDessinFoisDeux() throws IOException {
        byte[] png = ExportGraphique.png(DOSSIERS);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2 * DOSSIERS.hauteur());
        if (System.getenv("SUIVI_CEP_APERCUS") != null) {
            Files.write(Path.of(System.getenv("SUIVI_CEP_APERCUS"), "dossiers.png"), png);
            Files.write(Path.of(System.getenv("SUIVI_CEP_APERCUS"), "sexe.png"), ExportGraphique.png(SEXE));
        }
    }

    @Test
    void uneFigurePlaceeApresSonTableauLeNommeEtDonneSonPngALaDemande() throws IOException {
        Tableau tableau = new ConstructeurTableau("Dossiers PTP").colonnes("Dossiers", "2023")
                .ligne("Présentés", Cellule.texte("1 265")).construire(7);
        ProjetFigure projet = new ProjetFigure("Dossiers PTP présentés et acceptés depuis 2020", DOSSIERS,
                "Histogramme : 1 265 dossiers présentés en 2023.", "SI", "Dossiers", null);

        Figure figure = projet.construire(3, tableau);

        assertThat(figure.legende()).isEqualTo("Figure 3 – Dossiers PTP présentés et acceptés depuis 2020");
        assertThat(figure.alternative()).isEqualTo("Histogramme : 1 265 dossiers présentés en 2023. "
                + "Les valeurs figurent dans le tableau 7.");
        assertThat(figure.svg()).contains("id='graphique-3'", "clip-path='url(#graphique-3-");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(figure.png()));
        assertThat(image.getWidth()).isEqualTo(ExportGraphique.LARGEUR * ExportGraphique.ECHELLE_PNG);
        assertThat(image.getHeight()).isEqualTo(figure.hauteur() * ExportGraphique.ECHELLE_PNG);
    }
}
