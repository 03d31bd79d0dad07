package fr.transitionspro.suivicep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.importation.Fixtures;

/** The command line as a user meets it: French messages, exit codes, never a stack trace. */
class LigneDeCommandeTest {

    @TempDir
    Path dossier;

    @RegisterExtension
    final SortiesCapturees sorties = new SortiesCapturees();

    @Test
    void aRefusedFileGivesAFrenchMessageAndExitCodeThreeWithoutStackTrace() throws Exception {
        Path f = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur\n2023;28;POLE_EMPLOI\n");
        int code = SuiviCep.executer("importer", "--base", Fixtures.adresse(dossier, "b"), "--type", "entrees", f.toString());
        assertThat(code).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("Fichier « e.csv » refusé", "ligne 2, colonne 3 « operateur », valeur « POLE_EMPLOI »")
                .doesNotContain("at fr.").doesNotContain("Exception");
    }

    @Test
    void aMissingBaseIsExplainedInFrenchWhenSuiviCepBaseIsNotSetEither() throws Exception {
        Execution e = executerDansUnAutreProcessus(null, "indicateurs", "--annee", "2023");
        assertThat(e.code()).isEqualTo(2);
        assertThat(e.erreurs()).contains("Commande incorrecte : option obligatoire manquante : '--base=<base>'");
    }

    @Test
    void theBaseComesFromSuiviCepBaseWhenTheOptionIsAbsent() throws Exception {
        String base = Fixtures.adresse(dossier, "b");
        Path f = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur;effectif\n2023;28;APEC;1265\n");
        Execution importer = executerDansUnAutreProcessus(base, "importer", "--type", "entrees", f.toString());
        assertThat(importer.code()).as(importer.erreurs()).isZero();
        assertThat(importer.sortie()).contains("Importé : e.csv (entrees, 1 lignes");
        Execution journal = executerDansUnAutreProcessus(base, "journal");
        assertThat(journal.code()).as(journal.erreurs()).isZero();
        assertThat(journal.sortie()).contains("e.csv").contains("entrees").contains("[28/2023]");
    }

    @Test
    void importsFilesOfSeveralTypesInOneCommandEachTypeRecognisedFromItsHeader() throws Exception {
        String base = Fixtures.adresse(dossier, "b");
        Path entrees = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur;effectif\n2023;28;APEC;1265\n");
        Path population = Files.writeString(dossier.resolve("p.csv"), "region;annee;actifs\n28;2023;1500000\n");
        assertThat(SuiviCep.executer("importer", "--base", base, entrees.toString(), population.toString())).as(sorties.erreurs()).isZero();
        assertThat(sorties.sortie()).contains("Importé : e.csv (entrees, 1 lignes", "Importé : p.csv (population, 1 lignes");
    }

    @Test
    void aFileWhoseTypeIsNotRecognisedStopsTheCommandBeforeAnyImport() throws Exception {
        String base = Fixtures.adresse(dossier, "b");
        Path entrees = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur;effectif\n2023;28;APEC;1265\n");
        Path inconnu = Files.writeString(dossier.resolve("x.csv"), "annee;region;canal\n2023;28;web\n");
        assertThat(SuiviCep.executer("importer", "--base", base, entrees.toString(), inconnu.toString())).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("« x.csv » : type de fichier non reconnu à son en-tête ; précisez-le avec --type")
                .doesNotContain("Exception");
        assertThat(sorties.sortie()).doesNotContain("Importé");
    }

    @Test
    void aFileWithoutLineBreaksHasNoRecognisableType() throws Exception {
        Path sansRetour = Files.writeString(dossier.resolve("x.csv"), "annee;region;operateur;".repeat(50_000));
        assertThat(SuiviCep.executer("importer", "--base", Fixtures.adresse(dossier, "b"), sansRetour.toString())).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("« x.csv » : type de fichier non reconnu à son en-tête");
    }

    private record Execution(int code, String sortie, String erreurs) {
    }

    /**
     * Runs the command in a new JVM whose environment holds {@code SUIVI_CEP_BASE} = {@code base}, or
     * not at all when null: a JVM cannot change its own environment variables.
     */
    private Execution executerDansUnAutreProcessus(String base, String... arguments) throws Exception {
        List<String> commande = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                SuiviCep.class.getName()));
        commande.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(commande).redirectOutput(dossier.resolve("sortie.txt").toFile())
                .redirectError(dossier.resolve("erreurs.txt").toFile());
        pb.environment().remove("SUIVI_CEP_BASE");
        // No base when the fixture skipped the test (PostgreSQL absent).
        if (base != null) {
            pb.environment().put("SUIVI_CEP_BASE", base);
        }
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("la commande se termine").isTrue();
        return new Execution(p.exitValue(), Files.readString(dossier.resolve("sortie.txt")),
                Files.readString(dossier.resolve("erreurs.txt")));
    }

    @Test
    void anUnknownFileTypeIsRefusedWithTheExpectedTypes() throws Exception {
        Path f = Files.writeString(dossier.resolve("e.csv"), "x\n1\n");
        int code = SuiviCep.executer("importer", "--base", Fixtures.adresse(dossier, "b"), "--type", "entree", f.toString());
        assertThat(code).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("Type « entree » inconnu (attendu : entrees, dossiers, population, agregats, ecarts, actions, conventions, entretiens, lieux)");
    }

    @Test
    void importsThenExportsIndicatorsAsCsv() throws Exception {
        String base = Fixtures.adresse(dossier, "b");
        Path f = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur;effectif\n2023;28;APEC;1265\n");
        assertThat(SuiviCep.executer("importer", "--base", base, "--type", "entrees", f.toString())).isZero();
        assertThat(sorties.sortie()).contains("Importé : e.csv (entrees, 1 lignes").contains("tranche région 28 année 2023 : 1 lignes");
        Path csv = dossier.resolve("out/i.csv");
        assertThat(SuiviCep.executer("indicateurs", "--base", base, "--annee", "2023", "--region", "28",
                "--format", "csv", "--sortie", csv.toString())).isZero();
        assertThat(Files.readString(csv)).startsWith("indicateur;region;annee;dimensions;valeur;unite\n")
                .contains("cep.entrees;28;2023;;1265;nombre\n");
    }

    @Test
    void textsAreExportedImportedAndTheirPointsToCheckAnnouncedByTheReportCommand() throws Exception {
        String base = Fixtures.adresse(dossier, "b");
        Path textes = dossier.resolve("textes");
        assertThat(SuiviCep.executer("textes", "exporter", "--base", base, "--region", "28", "--annee", "2023",
                "--sortie", textes.toString())).isZero();
        assertThat(textes.resolve("ptp.md")).exists();
        assertThat(sorties.sortie()).contains("textes écrits dans");

        Files.writeString(textes.resolve("retour-operateurs.md"), "Selon les opérateurs, 37,7 % des bénéficiaires sont satisfaits.");
        Files.writeString(textes.resolve("transco.md"), "Ligne 1\n{{ transco.dosiers }}");
        assertThat(SuiviCep.executer("textes", "importer", "--base", base, "--region", "28", "--annee", "2023",
                textes.toString())).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("Textes refusés, rien n'a été enregistré")
                .contains("fichier transco.md, ligne 2 : {{ transco.dosiers }} : indicateur inconnu « transco.dosiers »")
                .doesNotContain("Exception");

        Files.delete(textes.resolve("transco.md"));
        assertThat(SuiviCep.executer("textes", "importer", "--base", base, "--region", "28", "--annee", "2023",
                textes.resolve("retour-operateurs.md").toString())).isZero();
        assertThat(sorties.sortie()).contains("Textes enregistrés : retour-operateurs");

        assertThat(SuiviCep.executer("rapport", "--base", base, "--region", "28", "--annee", "2023", "--formats", "html",
                "--sortie", dossier.resolve("rapport").toString())).isZero();
        assertThat(sorties.sortie()).contains("Attention : 1 point(s) à vérifier dans les textes").contains("--brouillon");
        assertThat(Files.readString(dossier.resolve("rapport/rapport-28-2023.html"))).doesNotContain("Points à vérifier");

        assertThat(SuiviCep.executer("rapport", "--base", base, "--region", "28", "--annee", "2023", "--formats", "html",
                "--brouillon", "--sortie", dossier.resolve("brouillon").toString())).isZero();
        assertThat(Files.readString(dossier.resolve("brouillon/rapport-28-2023.html"))).contains("Annexe : Points à vérifier")
                .contains("Selon les opérateurs, 37,7 % des bénéficiaires sont satisfaits.");
    }

    @Test
    void theReportsOfEveryRegionWithDataAreWrittenInOneRunEachUnderItsOwnNameAndLogged() throws Exception {
        String base = Fixtures.adresse(dossier, "b");
        Path f = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur;effectif\n2023;28;APEC;1265\n2023;53;APEC;980\n"
                + "2022;11;APEC;5000\n");
        assertThat(SuiviCep.executer("importer", "--base", base, "--type", "entrees", f.toString())).isZero();

        sorties.viderSortie();
        assertThat(SuiviCep.executer("rapport", "--base", base, "--toutes-regions", "--annee", "2023", "--formats", "html",
                "--sortie", dossier.resolve("tous").toString())).as(sorties.erreurs()).isZero();
        assertThat(sorties.sortie()).startsWith("2 rapports écrits :").contains("rapport-28-2023.html", "rapport-53-2023.html");
        try (var fichiers = Files.list(dossier.resolve("tous"))) {
            assertThat(fichiers.map(p -> p.getFileName().toString())).as("Île-de-France n'a de données qu'en 2022")
                    .containsExactlyInAnyOrder("rapport-28-2023.html", "rapport-53-2023.html");
        }
        sorties.viderSortie();
        assertThat(SuiviCep.executer("audit", "--base", base, "--action", "RAPPORT")).isZero();
        assertThat(sorties.sortie()).contains("  RAPPORT  28  ", "  RAPPORT  53  ");

        sorties.viderSortie();
        assertThat(SuiviCep.executer("rapport", "--base", base, "--region", "53", "--region", "11", "--annee", "2023",
                "--formats", "html", "--sortie", dossier.resolve("deux").toString())).isZero();
        assertThat(sorties.sortie()).startsWith("2 rapports écrits :");
        assertThat(dossier.resolve("deux/rapport-53-2023.html")).exists();
        assertThat(dossier.resolve("deux/rapport-11-2023.html")).exists();
    }

    @Test
    void theReportCommandAsksForRegionsOrForAllOfThemNotBoth() {
        assertThat(SuiviCep.executer("rapport", "--base", Fixtures.adresse(dossier, "b"), "--annee", "2023", "--sortie", "r")).isEqualTo(2);
        assertThat(SuiviCep.executer("rapport", "--base", Fixtures.adresse(dossier, "b"), "--annee", "2023", "--region", "28",
                "--toutes-regions", "--sortie", "r")).isEqualTo(2);
        assertThat(sorties.erreurs()).contains("Commande incorrecte : indiquez --region CODE (répétable) ou --toutes-regions",
                "Commande incorrecte : --region et --toutes-regions ne vont pas ensemble", "Aide : suivi-cep rapport --help");
    }

    @Test
    void everyCommandHasItsHelpInFrench() {
        assertThat(SuiviCep.executer("indicateurs", "--help")).isZero();
        assertThat(sorties.sortie()).startsWith("Utilisation : suivi-cep indicateurs").contains("Options :")
                .contains("--help").contains("Affiche cette aide.").doesNotContain("Usage:");
    }

    @Test
    void aNonNumericYearIsExplainedInFrench() {
        assertThat(SuiviCep.executer("indicateurs", "--base", "b.duckdb", "--annee", "deux")).isEqualTo(2);
        assertThat(sorties.erreurs()).contains("valeur invalide pour l'option '--annee': 'deux' n'est pas un nombre entier");
    }
}
