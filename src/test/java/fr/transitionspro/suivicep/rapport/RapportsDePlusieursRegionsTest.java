package fr.transitionspro.suivicep.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.rapport.GenerateurRapport.Ecrit;

/**
 * The reports of several regions written in one run (what France compétences asks for every region) share what does not
 * depend on the region: each must still be the very report written alone. GenerateurRapportTest's fixture has data for
 * Normandie (28), Bretagne (53) and Grand Est (44); Normandie's live text holds a hand-typed number that matches no
 * value (a point à vérifier), the others none.
 */
class RapportsDePlusieursRegionsTest {

    private static final Clock HORLOGE = Clock.fixed(Instant.parse("2024-09-15T10:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path dossier;

    @Test
    void eachReportOfARunOfSeveralRegionsIsTheSameToTheByteAsTheReportWrittenAlone() throws Exception {
        try (Base b = Fixtures.base(dossier, "base")) {
            GenerateurRapportTest.importerLaFixture(b, dossier.resolve("fixture"));
            Path texte = Files.writeString(dossier.resolve("retour-operateurs.md"), "Selon les opérateurs, 37,7 % des bénéficiaires "
                    + "sont satisfaits.");
            new TextesRapport(b, Catalogue.standard()).importer("28", 2023, List.of(texte));

            // Normandie, whose values the first report would have read, in the middle; a brouillon lists its points.
            List<String> annonces = new ArrayList<>();
            List<Ecrit> ensemble = new GenerateurRapport(b, Catalogue.standard(), HORLOGE, true).generer(List.of("44", "28", "53"),
                    2023, Set.of("html"), dossier.resolve("ensemble"), e -> annonces.add(e.region()));

            assertThat(annonces).containsExactly("44", "28", "53");
            assertThat(ensemble).extracting(Ecrit::points).containsExactly(0, 1, 0);
            for (Ecrit e : ensemble) {
                GenerateurRapport seul = new GenerateurRapport(b, Catalogue.standard(), HORLOGE, true);
                Path attendu = seul.generer(e.region(), 2023, Set.of("html"), dossier.resolve("seul-" + e.region())).get(0);
                assertThat(e.fichiers()).extracting(p -> p.getFileName().toString())
                        .containsExactly("rapport-" + e.region() + "-2023.html");
                assertThat(Files.readAllBytes(e.fichiers().get(0))).as("rapport %s", e.region())
                        .isEqualTo(Files.readAllBytes(attendu));
                assertThat(seul.pointsAVerifier()).isEqualTo(e.points());
            }
            assertThat(Files.readString(ensemble.get(1).fichiers().get(0))).contains("Annexe : Points à vérifier");
            assertThat(Files.readString(ensemble.get(0).fichiers().get(0))).doesNotContain("Annexe : Points à vérifier")
                    .contains("Grand Est");
        }
    }

    @Test
    void anUnknownRegionAmongSeveralIsRefusedBeforeAnyReportIsWritten() {
        try (Base b = Fixtures.base(dossier, "vide")) {
            GenerateurRapport generateur = new GenerateurRapport(b, Catalogue.standard(), HORLOGE);
            assertThatThrownBy(() -> generateur.generer(List.of("28", "99"), 2023, Set.of("html"), dossier.resolve("r"), e -> {
            })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Région « 99 » inconnue");
            assertThat(dossier.resolve("r")).doesNotExist();
        }
    }
}
