package db.migration;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log (V7) append-only in the database itself where the engine allows it: on PostgreSQL a
 * trigger refuses every UPDATE, DELETE and TRUNCATE of {@code journal_audit}, whoever connects. DuckDB has no
 * triggers, rules or privileges: there it does nothing (the version is still recorded, so both engines share
 * one migration history), and only the code writes the log. A Java migration because this is the one step
 * that cannot be written in SQL portable to both engines.
 */
public class V7_1__journal_audit_ajout_seul extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connexion = context.getConnection();
        if (!connexion.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql")) {
            return;
        }
        try (Statement s = connexion.createStatement()) {
            s.execute("CREATE FUNCTION journal_audit_ajout_seul() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'Le journal d''audit est en ajout seul : % refusé', TG_OP; END $$");
            s.execute("CREATE TRIGGER journal_audit_sans_modification BEFORE UPDATE OR DELETE ON journal_audit "
                    + "FOR EACH ROW EXECUTE FUNCTION journal_audit_ajout_seul()");
            s.execute("CREATE TRIGGER journal_audit_sans_vidage BEFORE TRUNCATE ON journal_audit "
                    + "FOR EACH STATEMENT EXECUTE FUNCTION journal_audit_ajout_seul()");
        }
    }
}
