package fr.transitionspro.suivicep.importation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;

/**
 * The converted rows of one file, written first to a temporary file in the engine's own bulk-load format, then
 * loaded by the engine in one statement inside the caller's transaction: DuckDB's {@code COPY … FROM 'file'}
 * (its parallel CSV reader; the JDBC appender flushes every 2 048 rows and was 3 times slower than the whole
 * load), PostgreSQL's {@code COPY … FROM STDIN} in its text format. Writing to a file keeps the memory bounded
 * whatever the file's size, and lets the import check every row before anything touches the base.
 */
abstract class EcritureTable implements AutoCloseable {

    private final Path fichier;
    private final Writer sortie;
    protected final String table;
    protected final List<String> colonnes;
    private long lignes;

    private EcritureTable(String table, List<String> colonnes) throws IOException {
        this.table = table;
        this.colonnes = List.copyOf(colonnes);
        this.fichier = Files.createTempFile("suivi-cep-chargement-", ".txt");
        this.sortie = new BufferedWriter(Files.newBufferedWriter(fichier, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A writer in the format of the engine behind {@code connexion}. */
    static EcritureTable pour(Connection connexion, String table, List<String> colonnes) throws SQLException, IOException {
        if (connexion.isWrapperFor(DuckDBConnection.class)) {
            return new PourDuckDb(table, colonnes);
        }
        if (connexion.isWrapperFor(PGConnection.class)) {
            return new PourPostgresql(table, colonnes);
        }
        throw new SQLException("base non prise en charge pour l'import (DuckDB ou PostgreSQL attendu)");
    }

    final void ecrire(Object[] valeurs) throws IOException {
        for (int i = 0; i < valeurs.length; i++) {
            if (i > 0) {
                sortie.write(separateur());
            }
            Object v = valeurs[i];
            if (v == null) {
                nul(sortie);
            } else if (v instanceof String s) {
                texte(sortie, s);
            } else if (v instanceof Integer || v instanceof Long || v instanceof Double || v instanceof java.time.LocalDate) {
                sortie.write(v.toString());
            } else {
                throw new IllegalArgumentException("type non pris en charge : " + v.getClass());
            }
        }
        sortie.write('\n');
        lignes++;
    }

    long lignes() {
        return lignes;
    }

    /** Loads every row written, on the caller's connection and transaction. */
    final void charger(Connection connexion) throws SQLException, IOException {
        sortie.close();
        if (lignes > 0) {
            charger(connexion, fichier);
        }
    }

    abstract char separateur();

    abstract void nul(Writer w) throws IOException;

    abstract void texte(Writer w, String s) throws IOException;

    abstract void charger(Connection connexion, Path fichier) throws SQLException, IOException;

    /** Deletes the temporary file, loaded or not. */
    @Override
    public void close() throws IOException {
        try {
            sortie.close();
        } finally {
            Files.deleteIfExists(fichier);
        }
    }

    /**
     * CSV: null as an empty unquoted field; a text quoted (quotes doubled) only when it must be: empty, or holding a
     * comma, quote or line break (DuckDB's reader is markedly faster on unquoted fields).
     */
    private static final class PourDuckDb extends EcritureTable {
        PourDuckDb(String table, List<String> colonnes) throws IOException {
            super(table, colonnes);
        }

        @Override
        char separateur() {
            return ',';
        }

        @Override
        void nul(Writer w) {
        }

        @Override
        void texte(Writer w, String s) throws IOException {
            boolean guillemets = s.isEmpty();
            for (int i = 0; i < s.length() && !guillemets; i++) {
                char c = s.charAt(i);
                guillemets = c == ',' || c == '"' || c == '\n' || c == '\r';
            }
            if (!guillemets) {
                w.write(s);
                return;
            }
            w.write('"');
            w.write(s.replace("\"", "\"\""));
            w.write('"');
        }

        @Override
        void charger(Connection connexion, Path fichier) throws SQLException {
            try (Statement s = connexion.createStatement()) {
                s.execute("COPY " + table + " (" + String.join(", ", colonnes) + ") FROM '"
                        + fichier.toAbsolutePath().toString().replace("'", "''") + "' (FORMAT csv, HEADER false, DELIMITER ',', "
                        + "QUOTE '\"', ESCAPE '\"', NULL '', allow_quoted_nulls false)");
            }
        }
    }

    /** PostgreSQL's COPY text format: tab-separated, \N for null, backslash escapes. */
    private static final class PourPostgresql extends EcritureTable {
        PourPostgresql(String table, List<String> colonnes) throws IOException {
            super(table, colonnes);
        }

        @Override
        char separateur() {
            return '\t';
        }

        @Override
        void nul(Writer w) throws IOException {
            w.write("\\N");
        }

        @Override
        void texte(Writer w, String s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> w.write("\\\\");
                    case '\t' -> w.write("\\t");
                    case '\n' -> w.write("\\n");
                    case '\r' -> w.write("\\r");
                    default -> w.write(c);
                }
            }
        }

        @Override
        void charger(Connection connexion, Path fichier) throws SQLException, IOException {
            try (InputStream in = Files.newInputStream(fichier)) {
                connexion.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + table + " (" + String.join(", ", colonnes) + ") FROM STDIN", in, 1 << 16);
            }
        }
    }
}
