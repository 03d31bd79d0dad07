package fr.transitionspro.suivicep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.importation.Fixtures;

/** sauvegarde, restaurer and purger as a user meets them: French sentences and exit codes, never a stack trace. */
class SauvegardeCommandeTest {

    @TempDir
    Path dossier;

    @RegisterExtension
    final SortiesCapturees sorties = new SortiesCapturees();

    @Test
    void backsUpRestoresRefusesANonEmptyBaseThenReplacesIt() throws Exception {
        String source = Fixtures.adresse(dossier, "source");
        Path e = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur;effectif\n2023;28;APEC;1265\n");
        assertThat(SuiviCep.executer("importer", "--base", source, "--type", "entrees", e.toString())).isZero();
        Path zip = dossier.resolve("s.zip");
        assertThat(SuiviCep.executer("sauvegarde", "--base", source, "--sortie", zip.toString())).as(sorties.erreurs()).isZero();
        assertThat(sorties.sortie()).containsPattern(java.util.regex.Pattern.quote("Sauvegarde écrite : " + zip + " (schéma V") + "\\d+, ")
                .contains(" lignes)");

        String cible = Fixtures.adresse(dossier, "cible");
        assertThat(SuiviCep.executer("restaurer", "--base", cible, zip.toString())).as(sorties.erreurs()).isZero();
        assertThat(sorties.sortie()).containsPattern("Sauvegarde du \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d restaurée \\(schéma V\\d+, \\d+ tables, ");

        assertThat(SuiviCep.executer("restaurer", "--base", cible, zip.toString())).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("La base n'est pas vide (tables entree, journal_audit, journal_import, tranche)")
                .contains("ajoutez --remplacer").doesNotContain("Exception");
        assertThat(SuiviCep.executer("restaurer", "--base", cible, "--remplacer", zip.toString())).as(sorties.erreurs()).isZero();
        assertThat(sorties.sortie()).contains("table « journal_audit » en ajout seul : la base garde la sienne");
        assertThat(SuiviCep.executer("audit", "--base", cible)).isZero();
        assertThat(sorties.sortie()).contains("RESTAURATION").contains("sauvegarde « s.zip » du ").contains("données remplacées");

        assertThat(SuiviCep.executer("restaurer", "--base", cible, dossier.resolve("absente.zip").toString())).isEqualTo(3);
        assertThat(sorties.erreurs()).contains("Sauvegarde « " + dossier.resolve("absente.zip") + " » introuvable ; rien n'a été modifié.");
    }

    @Test
    void purgesTheYearsBeforeTheLimitAndSaysWhatItDeleted() throws Exception {
        String base = Fixtures.adresse(dossier, "b");
        Path e = Files.writeString(dossier.resolve("e.csv"), "annee;region;operateur;effectif\n2022;28;APEC;1000\n2023;28;APEC;1265\n");
        Path d = Files.writeString(dossier.resolve("d.csv"), "id_dossier;dispositif;annee;region;decision\nA;PTP;2022;28;ACCEPTE\n");
        assertThat(SuiviCep.executer("importer", "--base", base, "--type", "entrees", e.toString())).isZero();
        assertThat(SuiviCep.executer("importer", "--base", base, "--type", "dossiers", d.toString())).isZero();
        assertThat(SuiviCep.executer("purger", "--base", base, "--avant", "2023")).as(sorties.erreurs()).isZero();
        assertThat(sorties.sortie()).contains("Année 2022 purgée : 1 lignes d'entrées et 1 dossiers supprimés.")
                .contains("valeurs d'indicateurs figées : les rapports de ces années gardent leurs chiffres.");
        assertThat(SuiviCep.executer("purger", "--base", base, "--avant", "2023")).isZero();
        assertThat(sorties.sortie()).contains("Rien à purger : aucune donnée détaillée avant 2023.");
        Path csv = dossier.resolve("i.csv");
        assertThat(SuiviCep.executer("indicateurs", "--base", base, "--annee", "2022", "--region", "28", "--format", "csv",
                "--sortie", csv.toString())).isZero();
        assertThat(Files.readString(csv)).contains("cep.entrees;28;2022;;1000;nombre\n");
    }
}
