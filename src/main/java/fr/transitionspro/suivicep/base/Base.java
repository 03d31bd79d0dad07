package fr.transitionspro.suivicep.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The application's database: an embedded DuckDB file by default, or a PostgreSQL server when
 * given a {@code jdbc:postgresql:} URL. Opening a base applies the pending versioned migrations,
 * so every command sees the current schema.
 *
 * <p>DuckDB allows one writing process per file; the base keeps one connection open for its
 * whole life (DuckDB's in-process cache is per database instance) and hands it to Jdbi.
 */
public final class Base implements AutoCloseable {

    private final String url;
    private final Connection connexion;
    private final Jdbi jdbi;
    private Pseudonymisation pseudonymisation;

    private Base(String url, Connection connexion) {
        this.url = url;
        this.connexion = connexion;
        this.jdbi = Jdbi.create(() -> new NonClosingConnection(connexion).proxy());
    }

    /** Opens (creating if needed) the base named by a file path or a JDBC URL, then migrates it. */
    public static Base ouvrir(String base) {
        return ouvrir(base, null);
    }

    /**
     * The same, migrated only up to {@code versionCible} (all pending migrations when null): a backup
     * of an older schema is restored into a new base at its own version, then {@link #migrer()} brings
     * base and data to the current one together.
     */
    public static Base ouvrir(String base, String versionCible) {
        String url = urlDe(base);
        try {
            if (url.startsWith("jdbc:duckdb:")) {
                Path fichier = Path.of(url.substring("jdbc:duckdb:".length()));
                Path parent = fichier.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            }
            Connection connexion = DriverManager.getConnection(url);
            try {
                migrer(url, connexion, versionCible);
            } catch (RuntimeException e) {
                // Released at once: a DuckDB file would otherwise stay locked by this process.
                connexion.close();
                throw e;
            }
            return new Base(url, connexion);
        } catch (SQLException | java.io.IOException | org.flywaydb.core.api.FlywayException e) {
            throw new BaseIndisponible(PannesBase.message(base, "Impossible d'ouvrir la base", e), e);
        }
    }

    static String urlDe(String base) {
        if (base.startsWith("jdbc:")) {
            return base;
        }
        return "jdbc:duckdb:" + Path.of(base).toAbsolutePath();
    }

    private static void migrer(String url, Connection connexion, String versionCible) {
        var configuration = Flyway.configure()
                .dataSource(new SingleConnectionDataSource(url, connexion))
                .locations("classpath:db/migration");
        if (versionCible != null) {
            // A version this build does not have (a backup from a newer suivi-cep) migrates to the last
            // one; the restore then says which schema the backup needs.
            org.flywaydb.core.api.MigrationVersion cible = org.flywaydb.core.api.MigrationVersion.fromVersion(versionCible);
            if (java.util.Arrays.stream(configuration.load().info().all()).anyMatch(i -> cible.equals(i.getVersion()))) {
                configuration.target(cible);
            }
        }
        configuration.load().migrate();
    }

    /** Applies the migrations still pending (after {@link #ouvrir(String, String)}). */
    public void migrer() {
        try {
            migrer(url, connexion, null);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new BaseIndisponible(PannesBase.message(url, "Mise à jour du schéma de la base impossible", e), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The JDBC URL the base was opened with (for messages and to find files kept beside it). */
    public String adresse() {
        return url;
    }

    /**
     * The keyed hash that replaces dossier identifiers before they are stored; its key (never in the
     * base) is read, or created, at the first call.
     */
    public synchronized Pseudonymisation pseudonymisation() {
        if (pseudonymisation == null) {
            pseudonymisation = Pseudonymisation.pour(url);
        }
        return pseudonymisation;
    }

    public boolean estDuckDb() {
        return url.startsWith("jdbc:duckdb:");
    }

    @Override
    public void close() {
        try {
            connexion.close();
        } catch (SQLException e) {
            throw new BaseIndisponible("Fermeture de la base impossible : " + e.getMessage(), e);
        }
    }
}
