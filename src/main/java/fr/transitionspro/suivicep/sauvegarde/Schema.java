package fr.transitionspro.suivicep.sauvegarde;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;

/**
 * What a base holds, read from the engine's catalogue rather than from a list kept by hand: every
 * table the migrations created (the migrations' own history excepted), its columns in order, and
 * the sequences. A table added by a later migration is backed up without touching this code.
 */
final class Schema {

    static final String HISTORIQUE_FLYWAY = "flyway_schema_history";

    private Schema() {
    }

    static List<String> tables(Handle h) {
        return h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_catalog = current_database() AND table_type = 'BASE TABLE' ORDER BY table_name")
                .mapTo(String.class).list().stream().filter(t -> !t.equalsIgnoreCase(HISTORIQUE_FLYWAY)).toList();
    }

    static List<Manifeste.Colonne> colonnes(Handle h, String table) {
        return h.createQuery("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_catalog = current_database() AND table_name = :t ORDER BY ordinal_position")
                .bind("t", table)
                .map((rs, ctx) -> new Manifeste.Colonne(rs.getString(1), TypeColonne.de(rs.getString(2)))).list();
    }

    /** The last migration applied (« 4 »), or empty for a base that was never migrated. */
    static Optional<String> migration(Handle h) {
        List<String> versions = h.createQuery("SELECT version FROM " + HISTORIQUE_FLYWAY + " WHERE success AND version IS NOT NULL")
                .mapTo(String.class).list();
        return versions.stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo).map(MigrationVersion::getVersion);
    }

    static List<Manifeste.Sequence> sequences(Handle h, boolean duckdb) {
        String sql = duckdb
                ? "SELECT sequence_name, last_value FROM duckdb_sequences() WHERE database_name = current_database() "
                        + "AND schema_name = current_schema() ORDER BY sequence_name"
                : "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename";
        List<Manifeste.Sequence> sequences = new ArrayList<>();
        h.createQuery(sql).map((rs, ctx) -> {
            long v = rs.getLong(2);
            return new Manifeste.Sequence(rs.getString(1), rs.wasNull() ? null : v);
        }).forEach(sequences::add);
        return sequences;
    }

    /**
     * Brings a sequence to {@code valeur} at least (its next value is then {@code valeur + 1}); it never
     * goes back, which only skips ids: an append-only table kept by a restore (--remplacer) goes on after
     * its own last id. PostgreSQL sets it; DuckDB has no setval, so its sequence is advanced.
     */
    static void reprendre(Handle h, boolean duckdb, Manifeste.Sequence s) {
        if (s.valeur() == null || s.valeur() < 1) {
            // Never used (PostgreSQL says null, DuckDB may say 0): the new base's sequence is already there.
            return;
        }
        if (!duckdb) {
            h.createQuery("SELECT setval(CAST(:s AS regclass), GREATEST(:v, (SELECT COALESCE(MAX(last_value), 0) FROM pg_sequences "
                    + "WHERE schemaname = current_schema() AND sequencename = :s)))")
                    .bind("s", s.nom()).bind("v", s.valeur()).mapTo(Long.class).one();
            return;
        }
        Long actuelle = sequences(h, true).stream().filter(x -> x.nom().equals(s.nom())).findFirst()
                .map(Manifeste.Sequence::valeur).orElse(null);
        long manque = s.valeur() - (actuelle == null ? 0 : actuelle);
        if (manque > 0) {
            h.createQuery("SELECT max(nextval('" + s.nom().replace("'", "''") + "')) FROM range(" + manque + ")").mapTo(Long.class).one();
        }
    }
}
