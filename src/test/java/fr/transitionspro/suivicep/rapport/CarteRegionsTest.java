package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * The map of the take-up rate on the values of the report fixture: Bretagne 5,0 %, Normandie
 * 6,325 % (printed 6,3 %), Grand Est 10,0 %. Three distinct values give three quantile classes,
 * one region each, bounded by the printed values: [5,0 ; 6,3[, [6,3 ; 10,0[ and 10,0 %.
 * A second fixture of six regions, as printed 9,0 9,2 9,9 10,1 10,1 12,4: five distinct values,
 * five classes whose lower bounds are the values at ranks round(6 × i / 5) = 0, 1, 2, 4, 5 (from 0):
 * 9,0 9,2 9,9 10,1 12,4; the two regions at 10,1 share the fourth class.
 */
class CarteRegionsTest {

    private static final char INSECABLE = '\u00a0';
    private static final CarteRegions CARTE = new CarteRegions(Map.of("53", 5.0, "28", 6.325, "44", 10.0), "28", 1,
            "Taux de recours au CEP en 2023");

    @Test
    void lesClassesSontDesQuantilesBornesParLesValeursImprimees() {
        assertThat(CARTE.classes()).extracting(CarteRegions.Classe::bas).containsExactly(5.0, 6.3, 10.0);
        assertThat(CARTE.classes()).extracting(CarteRegions.Classe::haut).containsExactly(6.3, 10.0, 10.0);

        CarteRegions six = new CarteRegions(Map.of("11", 10.1, "24", 9.04, "27", 9.9, "28", 9.16, "32", 10.12, "44", 12.4),
                "28", 1, "Taux");
        assertThat(six.classes()).extracting(CarteRegions.Classe::bas).containsExactly(9.0, 9.2, 9.9, 10.1, 12.4);
        assertThat(six.couleur("28")).as("9,16 prints 9,2: the class its label falls in").isEqualTo(
                six.classes().get(1).couleur());
        assertThat(six.couleur("11")).isEqualTo(six.couleur("32")).isEqualTo(six.classes().get(3).couleur());
        assertThat(six.libelle(six.classes().get(2))).isEqualTo("de 9,9" + INSECABLE + "% à moins de 10,1" + INSECABLE + "%");
        assertThat(six.libelle(six.classes().get(4))).as("a class of one value").isEqualTo("12,4" + INSECABLE + "%");
    }

    @Test
    void laRegionAuTauxLePlusEleveALaClasseLaPlusFonceeEtLaLegendeDitLesBornes() {
        String svg = ExportGraphique.svg(CARTE, "figure-1");

        Color foncee = CARTE.classes().get(2).couleur();
        Color claire = CARTE.classes().get(0).couleur();
        assertThat(remplissage(svg, "region-44")).isEqualTo(rgb(foncee));
        assertThat(remplissage(svg, "region-53")).isEqualTo(rgb(claire));
        assertThat(remplissage(svg, "region-28")).isEqualTo(rgb(CARTE.classes().get(1).couleur()));
        assertThat(Palette.luminance(foncee)).isLessThan(Palette.luminance(claire));
        assertThat(svg).contains(">10,0" + INSECABLE + "%<",
                ">de 6,3" + INSECABLE + "% à moins de 10,0" + INSECABLE + "%<",
                ">de 5,0" + INSECABLE + "% à moins de 6,3" + INSECABLE + "%<");
        assertThat(svg).as("each known rate is printed on its region").contains(">6,3" + INSECABLE + "%<",
                ">10,0" + INSECABLE + "%<");
        assertThat(remplissage(svg, "region-11")).as("no value: grey").isEqualTo(rgb(Palette.SANS_VALEUR));
        assertThat(svg).contains(">donnée non disponible (n.d.)<");
    }

    @Test
    void lesDixHuitRegionsSontDessineesDontLOutreMerEnMedaillons() {
        String svg = ExportGraphique.svg(CARTE, "figure-1");

        for (String code : java.util.List.of("11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94",
                "01", "02", "03", "04", "06")) {
            assertThat(svg).contains("id='region-" + code + "'");
        }
        assertThat(svg).contains(">La Réunion<", ">Mayotte<");
    }

    @Test
    void lePngDeLaCarteSeDecode() throws IOException {
        byte[] png = ExportGraphique.png(CARTE);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2 * CARTE.hauteur());
        if (System.getenv("SUIVI_CEP_APERCUS") != null) {
            Files.write(Path.of(System.getenv("SUIVI_CEP_APERCUS"), "carte.png"), png);
            Map<String, Double> toutes = new HashMap<>();
            String[] codes = {"11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94", "01", "02", "03", "04"};
            for (int i = 0; i < codes.length; i++) {
                toutes.put(codes[i], 9.0 + (i * 7 % 13) * 0.27);
            }
            Files.write(Path.of(System.getenv("SUIVI_CEP_APERCUS"), "carte-complete.png"),
                    ExportGraphique.png(new CarteRegions(toutes, "28", 1, "Taux de recours au CEP en 2023")));
        }
    }

    private static String remplissage(String svg, String id) {
        Matcher m = Pattern.compile("<path id='" + id + "'[^>]*?fill:(rgb\\([0-9,]+\\))").matcher(svg);
        if (!m.find()) {
            Matcher g = Pattern.compile("<g [^>]*?id='" + id + "'[^>]*?fill:(rgb\\([0-9,]+\\))").matcher(svg);
            return g.find() ? g.group(1) : "absent";
        }
        return m.group(1);
    }

    private static String rgb(Color c) {
        return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
    }
}
