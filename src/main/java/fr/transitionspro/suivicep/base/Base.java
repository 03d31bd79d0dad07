package fr.transitionspro.suivicep.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The application's database: an embedded DuckDB file by default, or a PostgreSQL server when
 * given a {@code jdbc:postgresql:} URL. Opening a base applies the pending versioned migrations,
 * so every command sees the current schema.
 *
 * <p>DuckDB allows one writing process per file; the base keeps one connection open for its
 * whole life (DuckDB's in-process cache is per database instance) and hands it to Jdbi. That
 * connection must not run two queries at once: its users take turns (the server serves its requests
 * one at a time). A thread may instead borrow a connection of its own for a while
 * ({@link #connexionPropre()}), to read beside the others: Jdbi then hands it that connection.
 */
public final class Base implements AutoCloseable {

    /**
     * Connections lent at once beyond the shared one. A page holds its connection from the first query to the last
     * byte written, partly waiting (network, lock of a value not kept yet): with 4 on 2 cores the processors stayed a
     * quarter idle under 20 simultaneous readers; 16 let them work (bench/run: 194 → 210–233 pages/s). DuckDB's
     * duplicated connections cost little; on PostgreSQL they are opened only when that many readers come at once.
     */
    static final int CONNEXIONS_PROPRES = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

    /** What {@link #connexionPropre()} and {@link #connexionPartagee()} return: closing it ends the loan. */
    public interface Liaison extends AutoCloseable {
        @Override
        void close();
    }

    private final String url;
    private final Connection connexion;
    private final Jdbi jdbi;
    private Pseudonymisation pseudonymisation;
    private final ThreadLocal<Connection> connexionDuFil = new ThreadLocal<>();
    private final Deque<Connection> libres = new ConcurrentLinkedDeque<>();
    private final Set<Connection> ouvertes = ConcurrentHashMap.newKeySet();
    private final Semaphore places = new Semaphore(CONNEXIONS_PROPRES, true);
    private volatile boolean fermee;

    private Base(String url, Connection connexion) {
        this.url = url;
        this.connexion = connexion;
        this.jdbi = Jdbi.create(() -> new NonClosingConnection(connexionCourante()).proxy());
    }

    private Connection connexionCourante() {
        Connection propre = connexionDuFil.get();
        return propre != null ? propre : connexion;
    }

    /**
     * Until the returned liaison is closed, what this thread reads through {@link #jdbi()} goes through a
     * connection of its own, so that it may run beside the other threads' queries: on DuckDB another connection
     * to the same database instance (same file, same in-process cache; DuckDB runs the queries of distinct
     * connections concurrently, each transaction on its own snapshot), on PostgreSQL a connection of a small
     * pool, read-only. Meant for reads: writes stay on the shared connection, taken in turn. At most
     * {@link #CONNEXIONS_PROPRES} are lent at once; a further thread waits for one, in arrival order. A thread
     * that has one already keeps it (the liaison then does nothing).
     */
    public Liaison connexionPropre() {
        if (connexionDuFil.get() != null) {
            return () -> {
            };
        }
        emprunter();
        return () -> {
            Connection propre = connexionDuFil.get();
            if (propre != null) {
                connexionDuFil.remove();
                rendre(propre);
                places.release();
            }
        };
    }

    /**
     * Until the returned liaison is closed, this thread's queries go through the shared connection again (a
     * thread that borrowed one of its own and now takes its turn to write). The connection of its own is given
     * back meanwhile, so that another thread may read while this one waits for its turn; closing the liaison
     * borrows one again: close it only once out of the turn, or a reader waiting for the turn would hold the
     * last connection.
     */
    public Liaison connexionPartagee() {
        Connection propre = connexionDuFil.get();
        if (propre == null) {
            return () -> {
            };
        }
        connexionDuFil.remove();
        rendre(propre);
        places.release();
        return this::emprunter;
    }

    private void emprunter() {
        places.acquireUninterruptibly();
        try {
            Connection propre = libres.pollFirst();
            connexionDuFil.set(propre != null ? propre : nouvelleConnexion());
        } catch (SQLException | RuntimeException e) {
            places.release();
            throw new BaseIndisponible(PannesBase.message(url, "Impossible d'ouvrir une connexion à la base", e), e);
        }
    }

    private Connection nouvelleConnexion() throws SQLException {
        Connection c;
        if (estDuckDb()) {
            c = connexion.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
        } else {
            c = DriverManager.getConnection(url);
            c.setReadOnly(true);
        }
        ouvertes.add(c);
        if (fermee) {
            fermer(c);
            throw new SQLException("base fermée");
        }
        return c;
    }

    /** Back to the pool, unless something left it unusable (closed, inside a transaction) or the base closed. */
    private void rendre(Connection c) {
        boolean saine;
        try {
            saine = !fermee && !c.isClosed() && c.getAutoCommit();
        } catch (SQLException e) {
            saine = false;
        }
        if (saine) {
            libres.addFirst(c);
        } else {
            fermer(c);
        }
    }

    private void fermer(Connection c) {
        ouvertes.remove(c);
        libres.remove(c);
        try {
            c.close();
        } catch (SQLException e) {
            // Already unusable: nothing more to release.
        }
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
        fermee = true;
        // The lent connections first: a DuckDB file stays open (and locked) while any connection to it does.
        for (Connection c : Set.copyOf(ouvertes)) {
            fermer(c);
        }
        try {
            connexion.close();
        } catch (SQLException e) {
            throw new BaseIndisponible("Fermeture de la base impossible : " + e.getMessage(), e);
        }
    }
}
