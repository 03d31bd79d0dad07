package fr.transitionspro.suivicep.sauvegarde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.base.BasesDeTest;
import fr.transitionspro.suivicep.comptes.Comptes;
import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.demo.JeuDeDemonstration;
import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Export;
import fr.transitionspro.suivicep.indicateurs.MoteurIndicateurs;
import fr.transitionspro.suivicep.rapport.GenerateurRapport;

/**
 * The round trip on the demo data: back up, restore into a new base, and everything an association
 * gets out of it is identical — the indicators' JSON export, the report's HTML page, every table.
 */
class SauvegardeTest {

    @TempDir
    Path dossier;

    /** What comes out of a base: its indicators as exported JSON, its report page, every table's rows. */
    record Sorties(String indicateurs, String rapport, Map<String, List<String>> tables) {
    }

    private Sorties sorties(Base base, String nom) throws Exception {
        StringWriter json = new StringWriter();
        Export.json(new MoteurIndicateurs(base, Catalogue.standard()).calculer(List.of(2020, 2021, 2022, 2023), List.of()), json);
        Path html = new GenerateurRapport(base, Catalogue.standard()).generer("28", 2023, Set.of("html"), dossier.resolve(nom)).get(0);
        // Each table in the backup's canonical text (the same on both engines: PostgreSQL's driver spells
        // booleans and timestamps its own way), split into rows.
        Map<String, List<String>> tables = new LinkedHashMap<>();
        base.jdbi().useHandle(h -> {
            for (String t : Schema.tables(h)) {
                java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
                TableCsv.ecrire(h, t, Schema.colonnes(h, t), csv);
                List<String> lignes = List.of(csv.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n"));
                tables.put(t, lignes.subList(1, lignes.size()));
            }
        });
        return new Sorties(json.toString(), Files.readString(html), tables);
    }

    private static List<Map<String, Object>> lire(String json) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { });
    }

    /** The demo, plus an account, a live text and the journal its imports wrote. */
    private Base demo(Base base) throws Exception {
        JeuDeDemonstration.preparerBase(dossier.resolve("demo"), base);
        new Comptes(base.jdbi()).ajouter("referente@exemple.fr", Role.REFERENT, "28", null, "un mot de passe assez long".toCharArray());
        base.jdbi().useHandle(h -> h.createUpdate("INSERT INTO texte_section (region, annee, cle, markdown, modifie_le) "
                + "VALUES ('28', 2023, 'ptp', :m, :t)").bind("m", "Le **PTP** en Normandie : {{ ptp.dossiers }} dossiers.")
                .bind("t", LocalDateTime.of(2024, 3, 1, 10, 15, 30, 123_456_000)).execute());
        return base;
    }

    @Test
    void aRestoredBackupOfTheDemoGivesIdenticalIndicatorsReportAndTables() throws Exception {
        Path zip = dossier.resolve("sauvegardes/demo.zip");
        Sorties avant;
        try (Base source = demo(Fixtures.base(dossier, "source"))) {
            avant = sorties(source, "avant");
            Sauvegarde.Resume r = Sauvegarde.sauvegarder(source, zip);
            assertThat(r.tables()).isEqualTo(avant.tables().size());
            assertThat(r.lignes()).isEqualTo(avant.tables().values().stream().mapToLong(List::size).sum());
        }
        assertThat(avant.tables().get("compte")).hasSize(1);
        assertThat(avant.tables().get("texte_section")).hasSize(1);
        assertThat(avant.tables().get("journal_import")).isNotEmpty();
        assertThat(avant.rapport()).contains("Le <strong>PTP</strong> en Normandie");

        try (Base cible = Fixtures.base(dossier, "cible")) {
            Restauration.restaurer(cible, zip, false);
            Sorties apres = sorties(cible, "apres");
            assertThat(apres.tables()).isEqualTo(avant.tables());
            assertThat(apres.indicateurs()).isEqualTo(avant.indicateurs());
            assertThat(apres.rapport()).isEqualTo(avant.rapport());
            // The journal goes on after the restored entries, not over them.
            Fixtures.importer(cible, Fixtures.fichier(dossier, "e.csv", "annee;region;operateur;effectif\n2024;28;APEC;5\n"),
                    fr.transitionspro.suivicep.importation.TypeFichier.ENTREES);
            assertThat(Fixtures.contenu(cible, "journal_import")).hasSize(avant.tables().get("journal_import").size() + 1);
        }
    }

    @Test
    void aDuckDbBackupRestoresIntoPostgresql() throws Exception {
        Assumptions.assumeTrue(BasesDeTest.surPostgres(), "passe PostgreSQL seulement : DuckDB vers PostgreSQL");
        Path zip = dossier.resolve("duckdb.zip");
        Sorties avant;
        try (Base source = demo(Base.ouvrir(dossier.resolve("source.duckdb").toString()))) {
            avant = sorties(source, "avant");
            Sauvegarde.sauvegarder(source, zip);
        }
        try (Base cible = Fixtures.base(dossier, "cible")) {
            assertThat(cible.estDuckDb()).isFalse();
            Restauration.restaurer(cible, zip, false);
            Sorties apres = sorties(cible, "apres");
            assertThat(apres.tables()).isEqualTo(avant.tables());
            // Another engine sums and divides doubles in another order: the same values to the last
            // few bits, and the same report once rounded for print.
            List<Map<String, Object>> attendues = lire(avant.indicateurs());
            List<Map<String, Object>> obtenues = lire(apres.indicateurs());
            assertThat(obtenues).hasSameSizeAs(attendues);
            for (int i = 0; i < attendues.size(); i++) {
                Map<String, Object> a = new LinkedHashMap<>(attendues.get(i));
                Map<String, Object> o = new LinkedHashMap<>(obtenues.get(i));
                double va = ((Number) a.remove("valeur")).doubleValue();
                double vo = ((Number) o.remove("valeur")).doubleValue();
                assertThat(o).isEqualTo(a);
                assertThat(vo).as("%s", a).isCloseTo(va, org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, Math.abs(va))));
            }
            assertThat(apres.rapport()).isEqualTo(avant.rapport());
        }
    }

    @Test
    void aBaseWithDataIsReplacedOnlyWhenAskedAndADamagedBackupChangesNothing() throws Exception {
        Path zip = dossier.resolve("petite.zip");
        try (Base source = Fixtures.base(dossier, "source")) {
            Fixtures.importer(source, Fixtures.fichier(dossier, "a.csv", "annee;region;operateur;effectif\n2023;28;APEC;1265\n"),
                    fr.transitionspro.suivicep.importation.TypeFichier.ENTREES);
            Sauvegarde.sauvegarder(source, zip);
        }
        try (Base cible = Fixtures.base(dossier, "cible")) {
            Fixtures.importer(cible, Fixtures.fichier(dossier, "b.csv", "annee;region;operateur;effectif\n2023;28;APEC;7\n2022;28;APEC;3\n"),
                    fr.transitionspro.suivicep.importation.TypeFichier.ENTREES);
            List<String> avant = Fixtures.contenu(cible, "entree");
            assertThatThrownBy(() -> Restauration.restaurer(cible, zip, false)).isInstanceOf(SauvegardeInvalide.class)
                    .hasMessage("La base n'est pas vide (tables entree, journal_import, tranche) : la restauration remplacerait ses "
                            + "données. Restaurez dans une base neuve, ou ajoutez --remplacer pour les remplacer (faites d'abord "
                            + "une sauvegarde) ; rien n'a été modifié.");
            assertThat(Fixtures.contenu(cible, "entree")).isEqualTo(avant);

            Path abimee = AlterationsZip.remplacer(zip, dossier.resolve("abimee.zip"), "tables/entree.csv", "1265", "1266");
            assertThatThrownBy(() -> Restauration.restaurer(cible, abimee, true)).isInstanceOf(SauvegardeInvalide.class)
                    .hasMessage("La sauvegarde « abimee.zip » est abîmée, table « entree » : empreinte SHA-256 différente de celle "
                            + "du manifeste (fichier modifié ou abîmé) ; rien n'a été modifié.");
            Path future = AlterationsZip.remplacer(zip, dossier.resolve("future.zip"), "manifeste.json", "\"version\" : 1",
                    "\"version\" : 2");
            assertThatThrownBy(() -> Restauration.restaurer(cible, future, true)).hasMessage("La sauvegarde « future.zip » est au "
                    + "format 2, cette version de suivi-cep lit le format 1 ; rien n'a été modifié.");
            Path autreSchema = AlterationsZip.remplacer(zip, dossier.resolve("schema.zip"), "manifeste.json", "\"migration\" : \"",
                    "\"migration\" : \"0.");
            assertThatThrownBy(() -> Restauration.restaurer(cible, autreSchema, true)).hasMessageStartingWith("La sauvegarde "
                    + "« schema.zip » vient d'une base au schéma V0.");
            Path pasUnZip = Files.writeString(dossier.resolve("texte.zip"), "bonjour");
            assertThatThrownBy(() -> Restauration.restaurer(cible, pasUnZip, true)).hasMessage("« texte.zip » n'est pas une "
                    + "sauvegarde de suivi-cep (fichier zip illisible) ; rien n'a été modifié.");
            assertThat(Fixtures.contenu(cible, "entree")).isEqualTo(avant);

            // The audit log is append-only: replacing the data keeps it (PostgreSQL's trigger would refuse to empty it).
            new fr.transitionspro.suivicep.audit.JournalAudit(cible.jdbi()).consigner("referente@exemple.fr",
                    fr.transitionspro.suivicep.audit.Action.IMPORT, "28", "b.csv");
            List<String> audit = Fixtures.contenu(cible, "journal_audit");
            Restauration.Resume r = Restauration.restaurer(cible, zip, true);
            assertThat(r.conservees()).containsExactly("journal_audit");
            assertThat(Fixtures.contenu(cible, "journal_audit")).isEqualTo(audit).hasSize(1);
            assertThat(Fixtures.contenu(cible, "entree")).containsExactly("2023|28|APEC|null|null|null|null|null|null|1265|");
            assertThat(Fixtures.contenu(cible, "tranche")).hasSize(1);
        }
    }

    @Test
    void aBackupOfAnOlderSchemaRestoresIntoANewBaseThenUpgradedAndANewerOneIsRefused() throws Exception {
        Path zip = dossier.resolve("v4.zip");
        try (Base ancienne = Base.ouvrir(Fixtures.adresse(dossier, "ancienne"), "4")) {
            assertThat(ancienne.jdbi().withHandle(Schema::migration)).contains("4");
            ancienne.jdbi().useHandle(h -> {
                h.execute("INSERT INTO entree (annee, region, operateur, effectif) VALUES (2023, '28', 'APEC', 1265)");
                h.execute("INSERT INTO journal_import (id, horodatage, fichier, sha256, type, tranches, lignes) VALUES "
                        + "(1, TIMESTAMP '2024-01-15 09:30:00', 'e.csv', '" + "0".repeat(64) + "', 'entrees', '28/2023', 1)");
                h.execute("INSERT INTO tranche (type, region, annee, import_id, lignes) VALUES ('entrees', '28', 2023, 1, 1)");
            });
            assertThat(Sauvegarde.sauvegarder(ancienne, zip).migration()).isEqualTo("4");
        }

        String neuve = Fixtures.adresse(dossier, "neuve");
        assertThat(Restauration.restaurer(neuve, zip, false).migration()).isEqualTo("4");
        try (Base b = Base.ouvrir(neuve)) {
            // Upgraded to the last migration, whatever its number: the same as a base created now.
            try (Base vierge = Base.ouvrir(Fixtures.adresse(dossier, "vierge"))) {
                assertThat(b.jdbi().withHandle(Schema::migration)).isEqualTo(vierge.jdbi().withHandle(Schema::migration)).isNotEqualTo(Optional.of("4"));
            }
            assertThat(Fixtures.contenu(b, "entree")).containsExactly("2023|28|APEC|null|null|null|null|null|null|1265|");
            assertThat(new MoteurIndicateurs(b, Catalogue.standard()).calculer(List.of(2023), List.of("28")))
                    .filteredOn(v -> v.indicateur().equals("cep.entrees") && v.dimensions().isEmpty())
                    .extracting(v -> v.valeur()).containsExactly(1265.0);
        }

        String derniere;
        try (Base actuelle = Fixtures.base(dossier, "actuelle")) {
            derniere = actuelle.jdbi().withHandle(Schema::migration).orElseThrow();
            assertThatThrownBy(() -> Restauration.restaurer(actuelle, zip, false)).isInstanceOf(SauvegardeInvalide.class)
                    .hasMessage("La sauvegarde « v4.zip » vient d'une base au schéma V4, cette base est au schéma V" + derniere + " : une sauvegarde "
                            + "plus ancienne ne se restaure que dans une base neuve, qui est ensuite mise à jour ; rien n'a été modifié.");
        }
        Path future = AlterationsZip.remplacer(zip, dossier.resolve("v99.zip"), "manifeste.json", "\"migration\" : \"4\"",
                "\"migration\" : \"99\"");
        assertThatThrownBy(() -> Restauration.restaurer(Fixtures.adresse(dossier, "autre"), future, false))
                .hasMessage("La sauvegarde « v99.zip » vient d'une base au schéma V99, cette base est au schéma V" + derniere + " : elle a été faite "
                        + "par une version plus récente de suivi-cep ; restaurez-la avec cette version ; rien n'a été modifié.");
    }
}
