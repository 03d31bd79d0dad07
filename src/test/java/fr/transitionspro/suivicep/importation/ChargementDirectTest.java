package fr.transitionspro.suivicep.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.transitionspro.suivicep.base.Base;

/**
 * DuckDB reading a canonical file itself (ChargementDirect) must store exactly what the row-by-row reading stores,
 * and leave to it every file it is not sure of. On PostgreSQL every file goes row by row: the same expectations
 * hold there.
 */
class ChargementDirectTest {

    @TempDir
    Path dossier;

    /** Header in another order, an unknown column, a byte-order mark, Windows line ends. */
    private static final String CANONIQUE = "\ufeffregion;annee;operateur;age;tranche_age;sexe;niveau;objectif;statut;effectif;commentaire\r\n"
            + "28;2023;APEC;17;;F;SANS;CHANGER_METIER;SALARIE;;x\r\n"
            + "28;2023;CAP_EMPLOI;;45_59;;;;;3;\r\n"
            + "53;2022;FRANCE_TRAVAIL;60;60_PLUS;M;8;AUTRE;AUTRE;12;\r\n"
            + "53;2022;MISSION_LOCALE;29;;;;;;;\r\n";

    /** The rows above as the table holds them, worked out by hand: band from the age, effectif 1 when empty. */
    private static final List<String> ATTENDU = List.of(
            "2022|53|FRANCE_TRAVAIL|M|60|60_PLUS|8|AUTRE|AUTRE|12|",
            "2022|53|MISSION_LOCALE|null|29|18_29|null|null|null|1|",
            "2023|28|APEC|F|17|MOINS_18|SANS|CHANGER_METIER|SALARIE|1|",
            "2023|28|CAP_EMPLOI|null|null|45_59|null|null|null|3|");

    @Test
    void loadsACanonicalFileThroughDuckDbExactlyAsTheRowByRowReadingWould() throws Exception {
        Path fichier = Fixtures.fichier(dossier, "entrees.csv", CANONIQUE);
        try (Base base = Fixtures.base(dossier)) {
            assertThat(lectureDirecte(base, fichier)).as("lu par DuckDB lui-même").isEqualTo(base.estDuckDb());
            ResumeImport resume = Fixtures.importer(base, fichier, TypeFichier.ENTREES);
            assertThat(Fixtures.contenu(base, "entree")).isEqualTo(ATTENDU);
            assertThat(resume.lignesParTranche()).containsExactly(
                    java.util.Map.entry(new Tranche("entrees", "28", 2023), 2L), java.util.Map.entry(new Tranche("entrees", "53", 2022), 2L));
            assertThat(resume.avertissements()).containsExactly("colonne 11 « commentaire » inconnue pour le type entrees, ignorée");
            assertThat(tablesTemporaires(base)).as("tables temporaires restantes").isZero();
        }
        // The same rows read row by row (a quoted cell keeps DuckDB out): the same table, the same warning.
        Path lignes = Fixtures.fichier(dossier, "entrees-lignes.csv", CANONIQUE.replace("\r\n28;2023;APEC", "\r\n\"28\";2023;APEC"));
        try (Base base = Fixtures.base(dossier, "lignes")) {
            assertThat(lectureDirecte(base, lignes)).isFalse();
            ResumeImport resume = Fixtures.importer(base, lignes, TypeFichier.ENTREES);
            assertThat(Fixtures.contenu(base, "entree")).isEqualTo(ATTENDU);
            assertThat(resume.avertissements()).containsExactly("colonne 11 « commentaire » inconnue pour le type entrees, ignorée");
        }
    }

    /**
     * Each variant writes the same rows in a form the import accepts; DuckDB's strict reading leaves it to the
     * row-by-row reading, except a blank line, which both may skip. ⏎ stands for a line break.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "code en minuscules|;APEC;|;apec;|true",
        "espace autour d’une valeur|;CAP_EMPLOI;|; CAP_EMPLOI ;|true",
        "synonyme (H pour M)|;60_PLUS;M;|;60_PLUS;H;|true",
        "âge avec un zéro devant|;29;;|;029;;|true",
        "âge avec un signe|;29;;|;+29;;|true",
        "effectif avec une espace des milliers|;12;|;1 2;|true",
        "cellule entre guillemets|;CHANGER_METIER;|;\"CHANGER_METIER\";|true",
        "ligne vide au milieu|53;2022;FRANCE_TRAVAIL|⏎53;2022;FRANCE_TRAVAIL|false"})
    void storesTheSameRowsWhateverTheAcceptedSpellingAndLeavesNonCanonicalOnesToTheRowByRowReading(String cas, String canonique,
            String variante, boolean ligneALigne) throws Exception {
        String contenu = CANONIQUE.replaceFirst(java.util.regex.Pattern.quote(canonique),
                java.util.regex.Matcher.quoteReplacement(variante.replace("⏎", "\r\n")));
        assertThat(contenu).as(cas).isNotEqualTo(CANONIQUE);
        Path fichier = Fixtures.fichier(dossier, "entrees.csv", contenu);
        try (Base base = Fixtures.base(dossier)) {
            if (ligneALigne) {
                assertThat(lectureDirecte(base, fichier)).as(cas).isFalse();
            }
            Fixtures.importer(base, fichier, TypeFichier.ENTREES);
            assertThat(Fixtures.contenu(base, "entree")).as(cas).isEqualTo(ATTENDU);
        }
    }

    @Test
    void readsACommaSeparatedCanonicalFileToo() throws Exception {
        Path fichier = Fixtures.fichier(dossier, "entrees.csv", CANONIQUE.replace(';', ','));
        try (Base base = Fixtures.base(dossier)) {
            assertThat(lectureDirecte(base, fichier)).isEqualTo(base.estDuckDb());
            Fixtures.importer(base, fichier, TypeFichier.ENTREES);
            assertThat(Fixtures.contenu(base, "entree")).isEqualTo(ATTENDU);
        }
    }

    @Test
    void leavesAWindows1252FileToTheRowByRowReading() throws Exception {
        Path fichier = Fixtures.fichier(dossier, "entrees.csv", CANONIQUE.replace("\ufeff", "").replace("annee", "année"),
                Charset.forName("windows-1252"));
        try (Base base = Fixtures.base(dossier)) {
            assertThat(lectureDirecte(base, fichier)).isFalse();
            Fixtures.importer(base, fichier, TypeFichier.ENTREES);
            assertThat(Fixtures.contenu(base, "entree")).isEqualTo(ATTENDU);
        }
    }

    @Test
    void aWrongCellIsNamedByTheRowByRowReadingAndNothingIsStored() throws Exception {
        Path avant = Fixtures.fichier(dossier, "avant.csv", CANONIQUE);
        Path faux = Fixtures.fichier(dossier, "entrees.csv", CANONIQUE.replace(";60;60_PLUS;", ";60;45_59;"));
        try (Base base = Fixtures.base(dossier)) {
            Fixtures.importer(base, avant, TypeFichier.ENTREES);
            assertThat(lectureDirecte(base, faux)).isFalse();
            assertThatThrownBy(() -> Fixtures.importer(base, faux, TypeFichier.ENTREES)).isInstanceOf(ImportRefuse.class)
                    .hasMessageContaining("ligne 4, colonne 5 « tranche_age », valeur « 45_59 »")
                    .hasMessageContaining("tranche cohérente avec l'âge 60 ans (60_PLUS)");
            assertThat(Fixtures.contenu(base, "entree")).isEqualTo(ATTENDU);
            assertThat(tablesTemporaires(base)).as("tables temporaires restantes").isZero();
        }
    }

    @Test
    void aFileWithAHeaderOnlyIsRefusedAsBefore() throws Exception {
        Path fichier = Fixtures.fichier(dossier, "entrees.csv", "annee;region;operateur\n");
        try (Base base = Fixtures.base(dossier)) {
            assertThatThrownBy(() -> Fixtures.importer(base, fichier, TypeFichier.ENTREES)).isInstanceOf(ImportRefuse.class)
                    .hasMessageContaining("aucune ligne de données après l'en-tête");
        }
    }

    private static long tablesTemporaires(Base base) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'import_direct%'")
                .mapTo(Long.class).one());
    }

    /** Whether DuckDB reads the file itself; the table it read the file into is dropped at once. */
    private static boolean lectureDirecte(Base base, Path fichier) {
        var direct = ChargementDirect.verifier(base, FichierCsv.analyser(fichier, Correspondance.AUCUNE), TypeFichier.ENTREES,
                Correspondance.AUCUNE);
        direct.ifPresent(ChargementDirect::close);
        return direct.isPresent();
    }
}
