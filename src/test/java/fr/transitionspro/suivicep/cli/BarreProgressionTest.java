package fr.transitionspro.suivicep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The French text of the import's progress bar; spaces as French typography wants them. */
class BarreProgressionTest {

    private static final String FINE = "\u202f";
    private static final String INSECABLE = "\u00a0";

    @Test
    void showsRowsRowsPerSecondAndTimeLeftFromTheBytesRead() {
        // 1 234 567 rows in 4.938268 s → 250 000 rows/s; 30 % of the bytes read in that time → 4.938268 × 70 / 30
        // = 11.5 s left → 12 s.
        assertThat(BarreProgression.texte(1_234_567, 3_000_000, 10_000_000, Duration.ofNanos(4_938_268_000L)))
                .isEqualTo("1" + FINE + "234" + FINE + "567" + INSECABLE + "lignes · 250" + FINE + "000" + INSECABLE
                        + "lignes/s · reste" + INSECABLE + "12" + INSECABLE + "s");
    }

    @Test
    void saysNothingOfTheTimeLeftBeforeAnythingIsReadNorOnceEverythingIs() {
        assertThat(BarreProgression.texte(0, 0, 1_000, Duration.ZERO)).isEqualTo("0" + INSECABLE + "lignes");
        assertThat(BarreProgression.texte(1, 1_000, 1_000, Duration.ofSeconds(2)))
                .isEqualTo("1" + INSECABLE + "ligne · 1" + INSECABLE + "lignes/s");
    }

    @Test
    void writesLongDurationsInMinutesThenHours() {
        assertThat(BarreProgression.duree(59)).isEqualTo("59 s");
        assertThat(BarreProgression.duree(125)).isEqualTo("2 min 05 s");
        assertThat(BarreProgression.duree(3_720)).isEqualTo("1 h 02 min");
    }

    @Test
    void drawsTheBarWithTheFileNameAndPercentageOnTheStream() throws Exception {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try (BarreProgression barre = new BarreProgression("entrees-2023.csv", 1_000, new PrintStream(sortie, true,
                StandardCharsets.UTF_8), false)) {
            barre.avancer(500, 1_000, 20_000);
        }
        String texte = sortie.toString(StandardCharsets.UTF_8);
        assertThat(texte).contains("entrees-2023.csv").contains("20" + FINE + "000" + INSECABLE + "lignes")
                .contains("[██████████░░░░░░░░░░]");
    }
}
