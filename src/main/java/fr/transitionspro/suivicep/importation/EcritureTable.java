package fr.transitionspro.suivicep.importation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes converted rows into a table inside the caller's transaction: DuckDB's appender when
 * the base is DuckDB (row-by-row JDBC inserts are two orders of magnitude slower there),
 * PostgreSQL's COPY when it is PostgreSQL (several times faster than batched inserts), JDBC
 * batches otherwise.
 */
abstract class EcritureTable implements AutoCloseable {

    abstract void ecrire(Object[] valeurs) throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    static EcritureTable ouvrir(Connection connexion, String table, List<String> colonnes) throws SQLException {
        if (connexion.isWrapperFor(DuckDBConnection.class)) {
            return new ParAppender(connexion.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table));
        }
        if (connexion.isWrapperFor(PGConnection.class)) {
            return new ParCopie(connexion.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", colonnes) + ") FROM STDIN"));
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", colonnes) + ") VALUES ("
                + String.join(", ", Collections.nCopies(colonnes.size(), "?")) + ")";
        return new ParLots(connexion.prepareStatement(sql));
    }

    private static final class ParAppender extends EcritureTable {
        private final DuckDBAppender appender;

        ParAppender(DuckDBAppender appender) {
            this.appender = appender;
        }

        @Override
        void ecrire(Object[] valeurs) throws SQLException {
            appender.beginRow();
            for (Object v : valeurs) {
                if (v == null) {
                    appender.appendNull();
                } else if (v instanceof String s) {
                    appender.append(s);
                } else if (v instanceof Integer i) {
                    appender.append(i.intValue());
                } else if (v instanceof Long l) {
                    appender.append(l.longValue());
                } else if (v instanceof Double d) {
                    appender.append(d.doubleValue());
                } else if (v instanceof java.time.LocalDate d) {
                    appender.append(d);
                } else {
                    throw new IllegalArgumentException("type non pris en charge : " + v.getClass());
                }
            }
            appender.endRow();
        }

        @Override
        public void close() throws SQLException {
            appender.close();
        }
    }

    /** COPY in PostgreSQL's text format: tab-separated, \\N for null, backslash escapes. */
    private static final class ParCopie extends EcritureTable {
        private static final int TAMPON = 1 << 16;
        private final CopyIn copie;
        private final StringBuilder lignes = new StringBuilder(TAMPON + 1024);

        ParCopie(CopyIn copie) {
            this.copie = copie;
        }

        @Override
        void ecrire(Object[] valeurs) throws SQLException {
            for (int i = 0; i < valeurs.length; i++) {
                if (i > 0) {
                    lignes.append('\t');
                }
                Object v = valeurs[i];
                if (v == null) {
                    lignes.append("\\N");
                } else if (v instanceof String s) {
                    echapper(s);
                } else if (v instanceof Integer || v instanceof Long || v instanceof Double || v instanceof java.time.LocalDate) {
                    lignes.append(v);
                } else {
                    throw new IllegalArgumentException("type non pris en charge : " + v.getClass());
                }
            }
            lignes.append('\n');
            if (lignes.length() >= TAMPON) {
                vider();
            }
        }

        private void echapper(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> lignes.append("\\\\");
                    case '\t' -> lignes.append("\\t");
                    case '\n' -> lignes.append("\\n");
                    case '\r' -> lignes.append("\\r");
                    default -> lignes.append(c);
                }
            }
        }

        private void vider() throws SQLException {
            byte[] octets = lignes.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            copie.writeToCopy(octets, 0, octets.length);
            lignes.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            // Always ends the COPY, even after a failure: the connection must leave COPY mode for the
            // caller's transaction to roll back.
            if (!copie.isActive()) {
                return;
            }
            try {
                vider();
            } catch (SQLException e) {
                copie.cancelCopy();
                throw e;
            }
            copie.endCopy();
        }
    }

    private static final class ParLots extends EcritureTable {
        private static final int LOT = 5_000;
        private final PreparedStatement insertion;
        private int enAttente;

        ParLots(PreparedStatement insertion) {
            this.insertion = insertion;
        }

        @Override
        void ecrire(Object[] valeurs) throws SQLException {
            for (int i = 0; i < valeurs.length; i++) {
                if (valeurs[i] == null) {
                    insertion.setNull(i + 1, Types.NULL);
                } else {
                    insertion.setObject(i + 1, valeurs[i]);
                }
            }
            insertion.addBatch();
            if (++enAttente == LOT) {
                insertion.executeBatch();
                enAttente = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            if (enAttente > 0) {
                insertion.executeBatch();
            }
            insertion.close();
        }
    }
}
