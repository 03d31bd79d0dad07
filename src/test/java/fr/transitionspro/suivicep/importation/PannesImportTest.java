package fr.transitionspro.suivicep.importation;

import static fr.transitionspro.suivicep.importation.Fixtures.contenu;
import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.base.BasesDeTest;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;

/**
 * An import killed with SIGKILL (a crash, a power cut, an impatient administrator) at each stage
 * of its work, and two imports of the same slice at once: in a child JVM that the test really
 * kills, on DuckDB and on PostgreSQL. Afterwards the previous data is intact, value for value,
 * and the base takes a new import.
 */
class PannesImportTest {

    /** Before the fault: 1 265 entries in 2023 and 1 000 in 2022, Normandie, APEC. */
    static final String AVANT = "annee;region;operateur;effectif\n2023;28;APEC;1265\n2022;28;APEC;1000\n";
    static final int LIGNES_PAR_ANNEE = 10_000;

    @TempDir
    Path dossier;

    String base;
    List<ValeurIndicateur> indicateursAvant;
    List<List<String>> tablesAvant;

    @BeforeEach
    void importerLesDonneesPrecedentes() throws Exception {
        base = Fixtures.adresse(dossier, "pannes");
        try (Base b = Base.ouvrir(base)) {
            Fixtures.importer(b, fichier(dossier, "avant.csv", AVANT), TypeFichier.ENTREES);
            indicateursAvant = indicateurs(b);
            tablesAvant = tables(b);
        }
        assertThat(indicateursAvant).extracting(ValeurIndicateur::indicateur, ValeurIndicateur::region, ValeurIndicateur::annee,
                ValeurIndicateur::valeur).contains(org.assertj.core.groups.Tuple.tuple("cep.entrees", "28", 2023, 1265.0));
    }

    private static List<ValeurIndicateur> indicateurs(Base b) {
        return new MoteurIndicateurs(b, Catalogue.standard()).calculer(List.of(2022, 2023), List.of());
    }

    private static List<List<String>> tables(Base b) {
        return List.of(contenu(b, "entree"), contenu(b, "journal_import"), contenu(b, "tranche"));
    }

    /** {@value #LIGNES_PAR_ANNEE} rows of one entry each for 2023, then as many for 2022: two slices. */
    private Path grandFichier(String nom, int effectif) throws IOException {
        Path f = dossier.resolve(nom);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("annee;region;operateur;sexe;age;effectif\n");
            for (int annee : new int[] {2023, 2022}) {
                for (int i = 0; i < LIGNES_PAR_ANNEE; i++) {
                    w.write(annee + ";28;" + (i % 2 == 0 ? "APEC" : "CAP_EMPLOI") + ";" + (i % 3 == 0 ? "F" : "M") + ";"
                            + (20 + i % 40) + ";" + effectif + "\n");
                }
            }
        }
        return f;
    }

    private List<String> pause(String point, long ligne, Path reprise) {
        List<String> p = new ArrayList<>(List.of("-Dsuivicep.essai.pause=" + point, "-Dsuivicep.essai.pause.ligne=" + ligne));
        if (reprise != null) {
            p.add("-Dsuivicep.essai.reprise=" + reprise);
        }
        return p;
    }

    private ProcessusEnfant importer(List<String> proprietes, Path fichier) throws IOException {
        return ProcessusEnfant.lancer(dossier, proprietes, "importer", "--base", base, "--type", "entrees", fichier.toString());
    }

    @ParameterizedTest(name = "tué pendant {0}")
    @CsvSource({"verification, 5000", "ecriture, 1", "validation, 1"})
    void anImportKilledAtAnyStageLeavesThePreviousDataIntactAndTheBaseUsable(String point, long ligne) throws Exception {
        ProcessusEnfant enfant = importer(pause(point, ligne, null), grandFichier("nouveau.csv", 1));
        enfant.attendre("PAUSE " + point);
        assertThat(enfant.tuer()).as("tué par SIGKILL").isEqualTo(137);

        try (Base b = Base.ouvrir(base)) {
            assertThat(indicateurs(b)).isEqualTo(indicateursAvant);
            assertThat(tables(b)).isEqualTo(tablesAvant);
            Fixtures.importer(b, fichier(dossier, "apres.csv", "annee;region;operateur;effectif\n2023;28;APEC;7\n"), TypeFichier.ENTREES);
            assertThat(new MoteurIndicateurs(b, Catalogue.standard()).calculer(List.of(2023), List.of("28")))
                    .filteredOn(v -> v.indicateur().equals("cep.entrees") && v.dimensions().isEmpty())
                    .extracting(ValeurIndicateur::valeur).containsExactly(7.0);
        }
    }

    @Test
    void anImportKilledAtAnUnchosenMomentLeavesEitherTheOldSlicesOrTheNewOnesWhole() throws Exception {
        Path nouveau = grandFichier("nouveau.csv", 1);
        // No stop: killed after a delay, wherever the import is (reading, writing, committing or done).
        for (long delai : new long[] {1500, 2500, 3500}) {
            ProcessusEnfant enfant = importer(List.of(), nouveau);
            Thread.sleep(delai);
            enfant.tuer();
            try (Base b = Base.ouvrir(base)) {
                List<String> entrees = contenu(b, "entree");
                List<String> journal = contenu(b, "journal_import");
                if (entrees.equals(tablesAvant.get(0))) {
                    assertThat(tables(b)).isEqualTo(tablesAvant);
                } else {
                    assertThat(entrees).hasSize(2 * LIGNES_PAR_ANNEE);
                    assertThat(journal).hasSize(tablesAvant.get(1).size() + 1).last().asString().contains("nouveau.csv");
                    Fixtures.importer(b, fichier(dossier, "avant.csv", AVANT), TypeFichier.ENTREES);
                }
                assertThat(indicateurs(b)).isEqualTo(indicateursAvant);
            }
            try (Base b = Base.ouvrir(base)) {
                tablesAvant = tables(b);
            }
        }
    }

    @Test
    void twoImportsOfTheSameSlicesAtOnceEndWithOneOfThemNeverAMix() throws Exception {
        Path reprise = dossier.resolve("reprise");
        ProcessusEnfant premier = importer(pause("ecriture", 1, reprise), grandFichier("premier.csv", 1));
        premier.attendre("PAUSE ecriture");
        ProcessusEnfant second = importer(List.of(), grandFichier("second.csv", 2));
        List<String> attendu;
        if (BasesDeTest.surPostgres()) {
            // The second waits for the first's commit, then replaces its slices.
            Thread.sleep(3000);
            assertThat(second.enVie()).as("le second attend la fin du premier").isTrue();
            Files.createFile(reprise);
            assertThat(premier.terminer()).as(premier.erreurs()).isZero();
            assertThat(second.terminer()).as(second.erreurs()).isZero();
            attendu = List.of("second.csv");
        } else {
            // One writing process per DuckDB file: the second is refused at once, in French.
            assertThat(second.terminer()).isEqualTo(4);
            assertThat(second.erreurs()).contains("Impossible d'ouvrir la base : la base « " + base
                    + " » est déjà ouverte par un autre processus").doesNotContain("Exception").doesNotContain("at org.");
            Files.createFile(reprise);
            assertThat(premier.terminer()).as(premier.erreurs()).isZero();
            attendu = List.of("premier.csv");
        }
        try (Base b = Base.ouvrir(base)) {
            int effectif = attendu.get(0).equals("second.csv") ? 2 : 1;
            assertThat(contenu(b, "entree")).hasSize(2 * LIGNES_PAR_ANNEE).allSatisfy(l -> assertThat(l).endsWith("|" + effectif + "|"));
            List<String> fichiers = b.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT j.fichier FROM tranche t "
                    + "JOIN journal_import j ON j.id = t.import_id WHERE t.type = 'entrees'").mapTo(String.class).list());
            assertThat(fichiers).isEqualTo(attendu);
        }
    }
}
