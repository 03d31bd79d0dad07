package fr.transitionspro.suivicep.importation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes converted rows into a table inside the caller's transaction: DuckDB's appender when
 * the base is DuckDB (row-by-row JDBC inserts are two orders of magnitude slower there), JDBC
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
