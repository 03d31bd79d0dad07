package fr.transitionspro.suivicep.sauvegarde;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * How a column's values are written as text in a backup and read back: one canonical spelling per
 * kind of value, the same whichever engine wrote it (a DuckDB backup restores into PostgreSQL).
 * Doubles use Java's shortest exact form, so that every indicator computed after a restore is
 * equal to the bit to the one computed before.
 */
enum TypeColonne {
    TEXTE, ENTIER, REEL, BOOLEEN, DATE, HORODATAGE;

    /** From information_schema.columns.data_type, as DuckDB or PostgreSQL spell it. */
    static TypeColonne de(String typeSql) {
        String t = typeSql.toLowerCase(Locale.ROOT);
        if (t.startsWith("timestamp")) {
            return HORODATAGE;
        }
        if (t.equals("date")) {
            return DATE;
        }
        if (t.equals("boolean")) {
            return BOOLEEN;
        }
        if (t.equals("integer") || t.equals("bigint") || t.equals("smallint") || t.equals("tinyint") || t.equals("hugeint")) {
            return ENTIER;
        }
        if (t.equals("double") || t.equals("double precision") || t.equals("real") || t.equals("float")) {
            return REEL;
        }
        return TEXTE;
    }

    /** The value of column {@code i} as text, or null. */
    String lire(ResultSet rs, int i) throws SQLException {
        switch (this) {
            case ENTIER -> {
                long v = rs.getLong(i);
                return rs.wasNull() ? null : Long.toString(v);
            }
            case REEL -> {
                double v = rs.getDouble(i);
                return rs.wasNull() ? null : Double.toString(v);
            }
            case BOOLEEN -> {
                boolean v = rs.getBoolean(i);
                return rs.wasNull() ? null : Boolean.toString(v);
            }
            case DATE -> {
                java.sql.Date v = rs.getDate(i);
                return v == null ? null : v.toLocalDate().toString();
            }
            case HORODATAGE -> {
                Timestamp v = rs.getTimestamp(i);
                return v == null ? null : v.toLocalDateTime().toString();
            }
            default -> {
                return rs.getString(i);
            }
        }
    }

    /** Binds the text written by {@link #lire} (null for SQL NULL) to parameter {@code i}. */
    void ecrire(PreparedStatement ps, int i, String texte) throws SQLException {
        if (texte == null) {
            ps.setNull(i, sqlType());
            return;
        }
        switch (this) {
            case ENTIER -> ps.setLong(i, Long.parseLong(texte));
            case REEL -> ps.setDouble(i, Double.parseDouble(texte));
            case BOOLEEN -> ps.setBoolean(i, Boolean.parseBoolean(texte));
            case DATE -> ps.setDate(i, java.sql.Date.valueOf(LocalDate.parse(texte)));
            case HORODATAGE -> ps.setTimestamp(i, Timestamp.valueOf(LocalDateTime.parse(texte)));
            default -> ps.setString(i, texte);
        }
    }

    /** Whether a text read from a backup is a valid value of this type (checked before anything is written). */
    boolean valide(String texte) {
        if (texte == null) {
            return true;
        }
        try {
            switch (this) {
                case ENTIER -> Long.parseLong(texte);
                case REEL -> Double.parseDouble(texte);
                case BOOLEEN -> {
                    if (!texte.equals("true") && !texte.equals("false")) {
                        return false;
                    }
                }
                case DATE -> LocalDate.parse(texte);
                case HORODATAGE -> LocalDateTime.parse(texte);
                default -> {
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private int sqlType() {
        return switch (this) {
            case ENTIER -> java.sql.Types.BIGINT;
            case REEL -> java.sql.Types.DOUBLE;
            case BOOLEEN -> java.sql.Types.BOOLEAN;
            case DATE -> java.sql.Types.DATE;
            case HORODATAGE -> java.sql.Types.TIMESTAMP;
            default -> java.sql.Types.VARCHAR;
        };
    }
}
