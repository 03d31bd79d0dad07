package fr.transitionspro.suivicep.sauvegarde;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.base.BaseIndisponible;
import fr.transitionspro.suivicep.base.PannesBase;

/**
 * {@code suivi-cep sauvegarde}: the whole base in one zip file — one CSV per table (data, register,
 * texts, accounts with their password hashes, journal, configuration) and {@code manifeste.json}
 * (format version, migration version, SHA-256 and row count per table, sequences). Everything is read
 * in one transaction, so the snapshot is consistent even while the server keeps writing (PostgreSQL:
 * REPEATABLE READ; a DuckDB file has one writer, and DuckDB transactions read a snapshot anyway).
 * The file is written beside its final name and moved there at the end: a backup interrupted half
 * way never passes for a complete one.
 *
 * <p>The pseudonymisation key is NOT in the backup (it never is in the base): keep it apart.
 */
public final class Sauvegarde {

    /** What was written. */
    public record Resume(Path fichier, String migration, int tables, long lignes) {
    }

    private Sauvegarde() {
    }

    public static Resume sauvegarder(Base base, Path sortie) {
        Path cible = sortie.toAbsolutePath();
        Path provisoire = null;
        try {
            Files.createDirectories(cible.getParent());
            provisoire = Files.createTempFile(cible.getParent(), "." + cible.getFileName(), ".partiel");
            Manifeste m;
            try (OutputStream fichier = Files.newOutputStream(provisoire); ZipOutputStream zip = new ZipOutputStream(fichier)) {
                m = base.jdbi().inTransaction(h -> {
                    if (!base.estDuckDb()) {
                        h.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                    }
                    List<Manifeste.Table> tables = new ArrayList<>();
                    for (String table : Schema.tables(h)) {
                        List<Manifeste.Colonne> colonnes = Schema.colonnes(h, table);
                        String nom = "tables/" + table + ".csv";
                        zip.putNextEntry(new ZipEntry(nom));
                        TableCsv.Ecrite e = TableCsv.ecrire(h, table, colonnes, zip);
                        zip.closeEntry();
                        tables.add(new Manifeste.Table(table, nom, e.lignes(), e.sha256(), colonnes));
                    }
                    return new Manifeste(Manifeste.FORMAT, Manifeste.VERSION, Schema.migration(h).orElse(""),
                            // Seconds always written: LocalDateTime#toString drops them when they are zero.
                            base.estDuckDb() ? "duckdb" : "postgresql",
                            LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")), tables,
                            Schema.sequences(h, base.estDuckDb()));
                });
                zip.putNextEntry(new ZipEntry(Manifeste.NOM));
                json().writeValue(new NonFermant(zip), m);
                zip.closeEntry();
            }
            Files.move(provisoire, cible, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Resume(cible, m.migration(), m.tables().size(), m.tables().stream().mapToLong(Manifeste.Table::lignes).sum());
        } catch (IOException | UncheckedIOException e) {
            supprimer(provisoire);
            String raison = String.valueOf(e.getMessage());
            throw new IllegalArgumentException("Sauvegarde impossible dans « " + sortie + " » : "
                    + (raison.contains("No space left") || raison.contains("File too large") ? "plus de place sur le disque"
                            : e instanceof java.nio.file.AccessDeniedException ? "écriture interdite dans ce dossier" : raison)
                    + " ; aucun fichier de sauvegarde n'a été écrit.", e);
        } catch (RuntimeException e) {
            supprimer(provisoire);
            if (e instanceof BaseIndisponible) {
                throw e;
            }
            throw new BaseIndisponible(PannesBase.message(base.adresse(), "Sauvegarde de la base impossible", e), e);
        }
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static void supprimer(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Best effort: a leftover .partiel file is hidden and harmless.
            }
        }
    }

    private static final class NonFermant extends java.io.FilterOutputStream {
        NonFermant(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
