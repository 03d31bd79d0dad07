package fr.transitionspro.suivicep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.importation.Fixtures;

/** What the commands write into the audit log, read back with « suivi-cep audit ». */
class AuditCommandeTest {

    @TempDir
    Path dossier;

    @RegisterExtension
    final SortiesCapturees sorties = new SortiesCapturees();

    /** Runs a command and returns the lines it printed (the output is emptied first). */
    private List<String> lignes(String... args) {
        sorties.viderSortie();
        int code = SuiviCep.executer(args);
        assertThat(code).as(sorties.erreurs()).isZero();
        return Arrays.asList(sorties.sortie().split("\n"));
    }

    @Test
    void importsExportsReportsAndAccountsAreLoggedUnderTheOperatingSystemUser() throws Exception {
        String base = Fixtures.adresse(dossier, "b");
        Path f = Files.writeString(dossier.resolve("entrees.csv"), "annee;region;operateur;effectif\n2023;28;APEC;1265\n2023;53;APEC;980\n");
        String qui = System.getProperty("user.name") + " (ligne de commande)";
        lignes("importer", "--base", base, "--type", "entrees", "--essai", f.toString());
        assertThat(lignes("audit", "--base", base)).as("a dry run writes nothing").containsExactly("Aucune entrée ne correspond.");

        lignes("importer", "--base", base, "--type", "entrees", f.toString());
        lignes("indicateurs", "--base", base, "--annee", "2023", "--region", "28", "--format", "csv", "--sortie",
                dossier.resolve("i.csv").toString());
        lignes("rapport", "--base", base, "--region", "28", "--annee", "2023", "--formats", "html", "--sortie", dossier.resolve("r").toString());
        lignes("utilisateur", "ajouter", "--base", base, "--email", "Referente@Bretagne.fr", "--role", "REFERENT", "--region", "53",
                "--mot-de-passe-fichier", Files.writeString(dossier.resolve("mdp"), "un mot de passe assez long\n").toString());

        List<String> tout = lignes("audit", "--base", base);
        assertThat(tout).hasSize(5);
        assertThat(tout.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  COMPTE  53  .*")
                .contains(qui, "compte créé : referente@bretagne.fr (REFERENT)");
        assertThat(tout.get(1)).contains("  RAPPORT  28  " + qui + "  rapport 2023 écrit (html) dans ");
        assertThat(tout.get(2)).contains("  EXPORT  28  " + qui + "  indicateurs 2023 (CSV) vers ", "i.csv");
        // One import entry per region of the file, newest first: the référent of each region sees it.
        assertThat(tout.get(3)).contains("  IMPORT  53  " + qui + "  fichier « entrees.csv » (entrees, 2 lignes, SHA-256 ",
                "; tranches 28/2023, 53/2023");
        assertThat(tout.get(4)).contains("  IMPORT  28  ");

        assertThat(lignes("audit", "--base", base, "--region", "53")).hasSize(2).allMatch(l -> l.contains("  53  "));
        assertThat(lignes("audit", "--base", base, "--action", "export")).hasSize(1).allMatch(l -> l.contains("  EXPORT  28  "));
        assertThat(lignes("audit", "--base", base, "--limite", "2")).hasSize(3)
                .endsWith("(les 2 plus récentes seulement : --limite pour en voir davantage)");
    }

    @Test
    void aWrongDateOrActionIsExplainedInFrench() {
        String base = Fixtures.adresse(dossier, "b");
        assertThat(SuiviCep.executer("audit", "--base", base, "--du", "31/03/2024")).isEqualTo(3);
        assertThat(SuiviCep.executer("audit", "--base", base, "--action", "SUPPRESSION")).isEqualTo(3);
        assertThat(sorties.erreurs())
                .contains("Option --du : « 31/03/2024 » n'est pas une date (attendu : AAAA-MM-JJ, par exemple 2024-03-31)",
                        "Action « SUPPRESSION » inconnue (attendu : CONNEXION, CONNEXION_ECHOUEE")
                .doesNotContain("Exception");
    }
}
