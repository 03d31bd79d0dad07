package fr.transitionspro.suivicep.sauvegarde;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jdbi.v3.core.Handle;

import com.fasterxml.jackson.databind.DeserializationFeature;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.base.BaseIndisponible;
import fr.transitionspro.suivicep.base.PannesBase;

/**
 * {@code suivi-cep restaurer}: puts a backup back into a base. Everything is checked before the
 * first row is written — the manifest's format and version, the schema version (the same migration
 * as this base), every table and column present, each file's SHA-256 and row count, every value's
 * type — and the base must hold no data of its own (only what the migrations put there) unless the
 * caller asks to replace it. Then every table is emptied and refilled in one transaction: a failed
 * restore leaves the base as it was.
 */
public final class Restauration {

    private static final int LOT = 5_000;

    /**
     * Append-only tables (the audit log, V7): never emptied. Restored into a base where they are
     * empty; in a base that already has entries (--remplacer), they keep theirs and the backup's are
     * not restored (on PostgreSQL a trigger would refuse the deletion anyway).
     */
    static final Set<String> AJOUT_SEUL = Set.of("journal_audit");

    /** What was restored; {@code conservees}: append-only tables that kept their own rows. */
    public record Resume(String migration, String horodatage, int tables, long lignes, List<String> conservees) {
    }

    private Restauration() {
    }

    /**
     * Restores into the base at {@code adresse}, opened (created if needed) at the backup's schema
     * version, then brought to the current one: a backup made before an upgrade of suivi-cep restores
     * into a new base, and the later migrations apply to its data as they did to everyone's.
     */
    public static Resume restaurer(String adresse, Path fichier, boolean remplacer) {
        String version = versionDe(fichier);
        try (Base base = Base.ouvrir(adresse, version)) {
            Resume r = restaurer(base, fichier, remplacer);
            base.migrer();
            return r;
        }
    }

    /** The backup's schema version, or null when it cannot be read (the restore then says why). */
    private static String versionDe(Path fichier) {
        try (ZipFile zip = new ZipFile(fichier.toFile())) {
            Manifeste m = manifeste(zip, fichier.getFileName().toString());
            return m.migration().isEmpty() ? null : m.migration();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public static Resume restaurer(Base base, Path fichier, boolean remplacer) {
        String nom = fichier.getFileName().toString();
        if (!java.nio.file.Files.isRegularFile(fichier)) {
            throw new SauvegardeInvalide("Sauvegarde « " + fichier + " » introuvable ; rien n'a été modifié.");
        }
        try (ZipFile zip = new ZipFile(fichier.toFile())) {
            Manifeste m = manifeste(zip, nom);
            verifierSchema(base, m, nom);
            verifierFichiers(zip, m, nom);
            if (!remplacer) {
                verifierVide(base);
            }
            List<String> conservees = new ArrayList<>();
            base.jdbi().useTransaction(h -> {
                for (Manifeste.Table t : m.tables()) {
                    if (AJOUT_SEUL.contains(t.nom())) {
                        if (h.createQuery("SELECT COUNT(*) FROM " + t.nom()).mapTo(Long.class).one() > 0) {
                            conservees.add(t.nom());
                        }
                    } else {
                        h.execute("DELETE FROM " + t.nom());
                    }
                }
                for (Manifeste.Table t : m.tables()) {
                    if (conservees.contains(t.nom())) {
                        continue;
                    }
                    try {
                        // The appender only pays on large tables; small ones (accounts, with their CHECK constraints,
                        // which the DuckDB appender was seen to trip on) go through plain INSERTs.
                        if (base.estDuckDb() && t.lignes() > APPENDEUR_AU_DELA) {
                            ajouter(h, zip, t);
                        } else {
                            inserer(h, zip, t);
                        }
                    } catch (IOException | SQLException e) {
                        throw new IllegalStateException("table « " + t.nom() + " » : " + e.getMessage(), e);
                    }
                }
                for (Manifeste.Sequence s : m.sequences()) {
                    Schema.reprendre(h, base.estDuckDb(), s);
                }
            });
            return new Resume(m.migration(), m.horodatage(), m.tables().size(), m.tables().stream()
                    .filter(t -> !conservees.contains(t.nom())).mapToLong(Manifeste.Table::lignes).sum(), List.copyOf(conservees));
        } catch (java.util.zip.ZipException e) {
            throw new SauvegardeInvalide("« " + nom + " » n'est pas une sauvegarde de suivi-cep (fichier zip illisible) ; "
                    + "rien n'a été modifié.");
        } catch (IOException e) {
            throw new SauvegardeInvalide("Lecture de la sauvegarde « " + fichier + " » impossible (" + e.getMessage()
                    + ") ; rien n'a été modifié.");
        } catch (SauvegardeInvalide | BaseIndisponible e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BaseIndisponible(PannesBase.message(base.adresse(), "Restauration de « " + nom
                    + " » interrompue, la base est inchangée", e), e);
        }
    }

    private static Manifeste manifeste(ZipFile zip, String nom) throws IOException {
        ZipEntry e = zip.getEntry(Manifeste.NOM);
        if (e == null) {
            throw new SauvegardeInvalide("« " + nom + " » n'est pas une sauvegarde de suivi-cep (pas de " + Manifeste.NOM
                    + ") ; rien n'a été modifié.");
        }
        Manifeste m;
        try (InputStream in = zip.getInputStream(e)) {
            m = Sauvegarde.json().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, Manifeste.class);
        } catch (com.fasterxml.jackson.core.JacksonException x) {
            throw new SauvegardeInvalide("Le manifeste de « " + nom + " » est illisible (" + x.getOriginalMessage()
                    + ") ; rien n'a été modifié.");
        }
        if (!Manifeste.FORMAT.equals(m.format())) {
            throw new SauvegardeInvalide("« " + nom + " » n'est pas une sauvegarde de suivi-cep (format « " + m.format()
                    + " ») ; rien n'a été modifié.");
        }
        if (m.version() != Manifeste.VERSION) {
            throw new SauvegardeInvalide("La sauvegarde « " + nom + " » est au format " + m.version()
                    + ", cette version de suivi-cep lit le format " + Manifeste.VERSION + " ; rien n'a été modifié.");
        }
        if (m.tables() == null || m.sequences() == null) {
            throw new SauvegardeInvalide("Le manifeste de « " + nom + " » est incomplet (tables ou séquences absentes) ; "
                    + "rien n'a été modifié.");
        }
        return m;
    }

    private static void verifierSchema(Base base, Manifeste m, String nom) {
        base.jdbi().useHandle(h -> {
            String ici = Schema.migration(h).orElse("");
            if (!ici.equals(m.migration())) {
                boolean plusRecente = org.flywaydb.core.api.MigrationVersion.fromVersion(m.migration())
                        .isNewerThan(ici.isEmpty() ? "0" : ici);
                throw new SauvegardeInvalide("La sauvegarde « " + nom + " » vient d'une base au schéma V" + m.migration()
                        + ", cette base est au schéma V" + ici + (plusRecente
                                ? " : elle a été faite par une version plus récente de suivi-cep ; restaurez-la avec cette version"
                                : " : une sauvegarde plus ancienne ne se restaure que dans une base neuve, qui est ensuite mise à jour")
                        + " ; rien n'a été modifié.");
            }
            List<String> tables = Schema.tables(h);
            for (Manifeste.Table t : m.tables()) {
                if (!tables.contains(t.nom())) {
                    throw new SauvegardeInvalide("La sauvegarde « " + nom + " » contient la table « " + t.nom()
                            + " », absente de cette base ; rien n'a été modifié.");
                }
                List<String> attendues = Schema.colonnes(h, t.nom()).stream().map(Manifeste.Colonne::nom).toList();
                List<String> presentes = t.colonnes().stream().map(Manifeste.Colonne::nom).toList();
                if (!attendues.equals(presentes)) {
                    throw new SauvegardeInvalide("Table « " + t.nom() + " » de la sauvegarde « " + nom + " » : colonnes "
                            + presentes + ", attendues " + attendues + " ; rien n'a été modifié.");
                }
            }
        });
    }

    /** Every file's bytes against the manifest's SHA-256, its header, row count and every value's type. */
    private static void verifierFichiers(ZipFile zip, Manifeste m, String nom) throws IOException {
        for (Manifeste.Table t : m.tables()) {
            ZipEntry e = zip.getEntry(t.fichier());
            if (e == null) {
                throw new SauvegardeInvalide("La sauvegarde « " + nom + " » est incomplète : « " + t.fichier()
                        + " » manque ; rien n'a été modifié.");
            }
            MessageDigest sha = TableCsv.sha256();
            long lignes = 0;
            try (InputStream in = new DigestInputStream(zip.getInputStream(e), sha); CSVParser csv = TableCsv.lire(in)) {
                if (!csv.getHeaderNames().equals(t.colonnes().stream().map(Manifeste.Colonne::nom).toList())) {
                    throw abimee(nom, t, "en-tête différent du manifeste");
                }
                for (CSVRecord r : csv) {
                    lignes++;
                    if (r.size() != t.colonnes().size()) {
                        throw abimee(nom, t, "ligne " + (lignes + 1) + " : " + r.size() + " valeurs au lieu de " + t.colonnes().size());
                    }
                    for (int i = 0; i < r.size(); i++) {
                        Manifeste.Colonne c = t.colonnes().get(i);
                        if (!c.type().valide(r.get(i))) {
                            throw abimee(nom, t, "ligne " + (lignes + 1) + ", colonne « " + c.nom() + " » : valeur « " + r.get(i)
                                    + " » invalide");
                        }
                    }
                }
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.UncheckedIOException | IllegalStateException x) {
                throw abimee(nom, t, "CSV illisible (" + x.getMessage() + ")");
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(t.sha256())) {
                throw abimee(nom, t, "empreinte SHA-256 différente de celle du manifeste (fichier modifié ou abîmé)");
            }
            if (lignes != t.lignes()) {
                throw abimee(nom, t, lignes + " lignes au lieu de " + t.lignes());
            }
        }
    }

    private static SauvegardeInvalide abimee(String nom, Manifeste.Table t, String pourquoi) {
        return new SauvegardeInvalide("La sauvegarde « " + nom + " » est abîmée, table « " + t.nom() + " » : " + pourquoi
                + " ; rien n'a été modifié.");
    }

    /** Refuses a base holding anything the migrations did not put there. */
    private static void verifierVide(Base base) {
        Map<String, Long> vierge = BaseVierge.lignes();
        List<String> occupees = new ArrayList<>();
        base.jdbi().useHandle(h -> {
            for (String t : Schema.tables(h)) {
                long n = h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one();
                long attendu = vierge.getOrDefault(t, 0L);
                if (n != attendu || (n > 0 && !Objects.equals(BaseVierge.empreinte(h, t), BaseVierge.empreintes().get(t)))) {
                    occupees.add(t);
                }
            }
        });
        if (!occupees.isEmpty()) {
            Collections.sort(occupees);
            throw new SauvegardeInvalide("La base n'est pas vide (tables " + String.join(", ", occupees) + ") : la restauration "
                    + "remplacerait ses données. Restaurez dans une base neuve, ou ajoutez --remplacer pour les remplacer "
                    + "(faites d'abord une sauvegarde) ; rien n'a été modifié.");
        }
    }

    /**
     * DuckDB: through its appender, typed by the target column (row-by-row inserts take minutes for
     * the demo's 160 000 rows there). The appender writes in the caller's transaction.
     */
    private static final long APPENDEUR_AU_DELA = 10_000;

    private static void ajouter(Handle h, ZipFile zip, Manifeste.Table t) throws IOException, SQLException {
        List<String> types = h.createQuery("SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_catalog = current_database() AND table_name = :t ORDER BY ordinal_position")
                .bind("t", t.nom()).mapTo(String.class).list();
        try (InputStream in = zip.getInputStream(zip.getEntry(t.fichier())); CSVParser csv = TableCsv.lire(in);
                org.duckdb.DuckDBAppender a = h.getConnection().unwrap(org.duckdb.DuckDBConnection.class)
                        .createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, t.nom())) {
            for (CSVRecord r : csv) {
                a.beginRow();
                for (int i = 0; i < types.size(); i++) {
                    String v = r.get(i);
                    if (v == null) {
                        a.appendNull();
                        continue;
                    }
                    switch (types.get(i).toUpperCase(java.util.Locale.ROOT)) {
                        case "INTEGER" -> a.append(Integer.parseInt(v));
                        case "BIGINT" -> a.append(Long.parseLong(v));
                        case "SMALLINT" -> a.append(Short.parseShort(v));
                        case "DOUBLE" -> a.append(Double.parseDouble(v));
                        case "FLOAT", "REAL" -> a.append(Float.parseFloat(v));
                        case "BOOLEAN" -> a.append(Boolean.parseBoolean(v));
                        case "DATE" -> a.append(java.time.LocalDate.parse(v));
                        case "TIMESTAMP" -> a.append(java.time.LocalDateTime.parse(v));
                        default -> a.append(v);
                    }
                }
                a.endRow();
            }
            // Flushed here so that a refused row is reported with its reason (close() would only leave
            // the transaction aborted).
            a.flush();
        }
    }

    private static void inserer(Handle h, ZipFile zip, Manifeste.Table t) throws IOException, SQLException {
        List<Manifeste.Colonne> colonnes = t.colonnes();
        String sql = "INSERT INTO " + t.nom() + " (" + String.join(", ", colonnes.stream().map(Manifeste.Colonne::nom).toList())
                + ") VALUES (" + String.join(", ", Collections.nCopies(colonnes.size(), "?")) + ")";
        try (InputStream in = zip.getInputStream(zip.getEntry(t.fichier())); CSVParser csv = TableCsv.lire(in);
                PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
            int enAttente = 0;
            for (CSVRecord r : csv) {
                for (int i = 0; i < colonnes.size(); i++) {
                    colonnes.get(i).type().ecrire(ps, i + 1, r.get(i));
                }
                ps.addBatch();
                if (++enAttente == LOT) {
                    ps.executeBatch();
                    enAttente = 0;
                }
            }
            if (enAttente > 0) {
                ps.executeBatch();
            }
        }
    }
}
