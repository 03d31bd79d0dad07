package fr.transitionspro.suivicep.importation;

import static fr.transitionspro.suivicep.importation.Fixtures.contenu;
import static fr.transitionspro.suivicep.importation.Fixtures.fichier;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.base.BasesDeTest;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;

/**
 * A base that cannot be written: a full disk (a real one, a small tmpfs the test mounts, which
 * needs root) or a read-only file or database. The import says so in French, exit code 4, and the
 * data already there is intact.
 */
class DisquePleinEtLectureSeuleTest {

    @TempDir
    Path dossier;

    private static List<ValeurIndicateur> indicateurs(Base b) {
        return new MoteurIndicateurs(b, Catalogue.standard()).calculer(List.of(2022, 2023), List.of());
    }

    private static List<List<String>> tables(Base b) {
        return List.of(contenu(b, "entree"), contenu(b, "dossier"), contenu(b, "journal_import"), contenu(b, "tranche"));
    }

    /** 40 000 dossiers whose free-text label is random, hence incompressible: about 10 MB to store. */
    private Path grosDossiers() throws IOException {
        Path f = dossier.resolve("gros.csv");
        Random hasard = new Random(5);
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("id_dossier;dispositif;annee;region;decision;certification_visee;libelle_certification\n");
            for (int i = 0; i < 40_000; i++) {
                StringBuilder libelle = new StringBuilder();
                for (int c = 0; c < 250; c++) {
                    libelle.append((char) ('a' + hasard.nextInt(26)));
                }
                w.write("D" + i + ";PTP;2023;28;ACCEPTE;RNCP" + i + ";" + libelle + "\n");
            }
        }
        return f;
    }

    private static int commande(String... c) throws Exception {
        Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @Test
    void aFullDiskGivesAFrenchMessageAndLosesNothing() throws Exception {
        Assumptions.assumeFalse(BasesDeTest.surPostgres(), "le disque d'un serveur PostgreSQL ne se remplit pas depuis un test");
        Path disque = Files.createDirectories(dossier.resolve("disque"));
        Assumptions.assumeTrue(commande("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", disque.toString()) == 0,
                "monter un petit tmpfs demande d'être root : disque plein non essayé");
        try {
            String base = disque.resolve("pleine.duckdb").toString();
            List<ValeurIndicateur> avant;
            List<List<String>> tablesAvant;
            try (Base b = Base.ouvrir(base)) {
                Fixtures.importer(b, fichier(dossier, "avant.csv", PannesImportTest.AVANT), TypeFichier.ENTREES);
                Fixtures.importer(b, fichier(dossier, "d.csv", "id_dossier;dispositif;annee;region;decision\nA;PTP;2023;28;ACCEPTE\n"),
                        TypeFichier.DOSSIERS);
                avant = indicateurs(b);
                tablesAvant = tables(b);
            }
            ProcessusEnfant enfant = ProcessusEnfant.lancer(dossier, List.of(), "importer", "--base", base, "--type", "dossiers",
                    grosDossiers().toString());
            assertThat(enfant.terminer()).as(enfant.sortie() + enfant.erreurs()).isEqualTo(4);
            assertThat(enfant.erreurs()).contains("Import de « gros.csv » interrompu, la base est inchangée : plus de place pour "
                    + "écrire la base « " + base + " » (disque plein").doesNotContain("Exception").doesNotContain("\tat ");

            try (Base b = Base.ouvrir(base)) {
                assertThat(indicateurs(b)).isEqualTo(avant);
                assertThat(tables(b)).isEqualTo(tablesAvant);
                // The space the failed import took is free again: a small import fits.
                Fixtures.importer(b, fichier(dossier, "petit.csv", "annee;region;operateur;effectif\n2023;28;APEC;7\n"),
                        TypeFichier.ENTREES);
                assertThat(contenu(b, "entree")).hasSize(2);
            }
        } finally {
            commande("umount", disque.toString());
        }
    }

    @Test
    void aBackupOntoAFullDiskSaysSoAndLeavesNoPartialFile() throws Exception {
        Path disque = Files.createDirectories(dossier.resolve("petit"));
        Assumptions.assumeTrue(commande("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", disque.toString()) == 0,
                "monter un petit tmpfs demande d'être root : disque plein non essayé");
        try {
            String base = Fixtures.adresse(dossier, "a-sauvegarder");
            try (Base b = Base.ouvrir(base)) {
                Fixtures.importer(b, grosDossiers(), TypeFichier.DOSSIERS);
            }
            ProcessusEnfant enfant = ProcessusEnfant.lancer(dossier, List.of(), "sauvegarde", "--base", base, "--sortie",
                    disque.resolve("s.zip").toString());
            assertThat(enfant.terminer()).as(enfant.sortie() + enfant.erreurs()).isEqualTo(3);
            assertThat(enfant.erreurs()).contains("Sauvegarde impossible dans « " + disque.resolve("s.zip") + " » : plus de place "
                    + "sur le disque ; aucun fichier de sauvegarde n'a été écrit.").doesNotContain("Exception");
            try (var fichiers = Files.list(disque)) {
                assertThat(fichiers).isEmpty();
            }
        } finally {
            commande("umount", disque.toString());
        }
    }

    @Test
    void aReadOnlyBaseGivesAFrenchMessageAndLosesNothing() throws Exception {
        String base = Fixtures.adresse(dossier, "lecture-seule");
        List<ValeurIndicateur> avant;
        List<List<String>> tablesAvant;
        try (Base b = Base.ouvrir(base)) {
            Fixtures.importer(b, fichier(dossier, "avant.csv", PannesImportTest.AVANT), TypeFichier.ENTREES);
            avant = indicateurs(b);
            tablesAvant = tables(b);
        }
        Runnable retablir = proteger(base);
        try {
            ProcessusEnfant enfant = ProcessusEnfant.lancer(dossier, List.of(), "importer", "--base", base, "--type", "entrees",
                    fichier(dossier, "nouveau.csv", "annee;region;operateur;effectif\n2023;28;APEC;7\n").toString());
            assertThat(enfant.terminer()).as(enfant.sortie() + enfant.erreurs()).isEqualTo(4);
            assertThat(enfant.erreurs()).contains("est en lecture seule").contains("Rien n'a été modifié")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            retablir.run();
        }
        try (Base b = Base.ouvrir(base)) {
            assertThat(indicateurs(b)).isEqualTo(avant);
            assertThat(tables(b)).isEqualTo(tablesAvant);
        }
    }

    /**
     * Makes the base read-only and returns what undoes it: a PostgreSQL database whose transactions
     * are read-only; a DuckDB file without write permission, made immutable too when the tests run
     * as root (root ignores permissions).
     */
    private Runnable proteger(String base) throws Exception {
        if (BasesDeTest.surPostgres()) {
            String nom = base.substring(base.lastIndexOf('/') + 1, base.indexOf('?'));
            String maintenance = base.substring(0, base.lastIndexOf('/') + 1) + "postgres" + base.substring(base.indexOf('?'));
            executer(maintenance, "ALTER DATABASE " + nom + " SET default_transaction_read_only = on");
            return () -> executer(maintenance, "ALTER DATABASE " + nom + " RESET default_transaction_read_only");
        }
        Path f = Path.of(base);
        assertThat(f.toFile().setWritable(false, false)).isTrue();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Assumptions.assumeTrue(commande("chattr", "+i", f.toString()) == 0, "chattr +i impossible ici : lecture seule non essayée");
        }
        return () -> {
            try {
                if (root) {
                    commande("chattr", "-i", f.toString());
                }
                f.toFile().setWritable(true, true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static void executer(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
