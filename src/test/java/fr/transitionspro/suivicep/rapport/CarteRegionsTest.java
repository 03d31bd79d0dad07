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
 * 6,325 % (printed 6,3 %), Grand Est 10,0 %. Three distinct values, three classes of equal
 * width from 5,0 % to 10,0 %: (10,0 − 5,0) / 3 = 1,67 rounded up to 1,7, so
 * [5,0 ; 6,7[, [6,7 ; 8,4[, [8,4 ; 10,0].
 */
class CarteRegionsTest {

    private static final char INSECABLE = '\u00a0';
    private static final CarteRegions CARTE = new CarteRegions(Map.of("53", 5.0, "28", 6.325, "44", 10.0), "28", 1,
            "Taux de recours au CEP en 2023");

    @Test
    void lesClassesSontDeLargeurEgaleEtArrondiesAuDixieme() {
        assertThat(CARTE.classes()).extracting(CarteRegions.Classe::bas).containsExactly(5.0, 6.7, 8.4);
        assertThat(CARTE.classes()).extracting(CarteRegions.Classe::haut).containsExactly(6.7, 8.4, 10.0);
    }

    @Test
    void laRegionAuTauxLePlusEleveALaClasseLaPlusFonceeEtLaLegendeDitLesBornes() {
        String svg = ExportGraphique.svg(CARTE, "figure-1");

        Color foncee = CARTE.classes().get(2).couleur();
        Color claire = CARTE.classes().get(0).couleur();
        assertThat(remplissage(svg, "region-44")).isEqualTo(rgb(foncee));
        assertThat(remplissage(svg, "region-53")).isEqualTo(rgb(claire));
        assertThat(remplissage(svg, "region-28")).isEqualTo(rgb(claire));
        assertThat(Palette.luminance(foncee)).isLessThan(Palette.luminance(claire));
        assertThat(svg).contains(">de 8,4" + INSECABLE + "% à 10,0" + INSECABLE + "%<",
                ">de 6,7" + INSECABLE + "% à moins de 8,4" + INSECABLE + "%<",
                ">de 5,0" + INSECABLE + "% à moins de 6,7" + INSECABLE + "%<");
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
