package fr.transitionspro.suivicep.base;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.opentest4j.TestAbortedException;

/**
 * Where the tests get a fresh, empty base: a DuckDB file in the test's folder by default, or a new
 * PostgreSQL database when the JVM runs with {@code -Dsuivi.base=postgresql} (the second surefire
 * execution of the pom), so that one suite proves both engines.
 *
 * <p>Each PostgreSQL base is its own database, created through a maintenance connection and dropped
 * once nobody is connected to it any more (checked before each creation) or, at the latest, when
 * the JVM exits: a test never sees another test's rows, and a run leaves no database behind.
 *
 * <p>PostgreSQL is expected on 127.0.0.1:5432 (trust authentication, user postgres). When it is
 * absent, every test of the PostgreSQL run is skipped, saying so ({@link PostgresqlAbsent}), so that
 * the README's test command passes on any machine; with {@code SUIVI_CEP_PG_OBLIGATOIRE=1} (set by
 * {@code .ci/run}) they run and the fixture fails them instead, so CI can never count skipped
 * PostgreSQL tests as passed.
 */
public final class BasesDeTest {

    /** Overridable (-Dsuivi.pg.hote, -Dsuivi.pg.port) to try the skip and the failure without stopping the server. */
    static final String HOTE = System.getProperty("suivi.pg.hote", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getProperty("suivi.pg.port", "5432"));
    static final String VARIABLE_OBLIGATOIRE = "SUIVI_CEP_PG_OBLIGATOIRE";
    /** Prefix of every database the tests create; the process id follows, to clean up after a killed run. */
    private static final String PREFIXE = "suivi_cep_essai_";

    private static final AtomicInteger NUMERO = new AtomicInteger();
    private static final Set<String> CREEES = new LinkedHashSet<>();
    private static Connection maintenance;
    private static Optional<String> raison;
    private static boolean sessionsComptees = true;

    private BasesDeTest() {
    }

    /** True when this JVM runs the suite against PostgreSQL. */
    public static boolean surPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("suivi.base", "duckdb"));
    }

    /**
     * The address of a new, empty base for {@code Base.ouvrir} or {@code --base}: a DuckDB file
     * {@code nom.duckdb} in {@code dossier}, or the URL of a new PostgreSQL database.
     */
    public static synchronized String nouvelle(Path dossier, String nom) {
        if (!surPostgres()) {
            return dossier.resolve(nom + ".duckdb").toString();
        }
        Connection c = maintenance();
        String base = PREFIXE + ProcessHandle.current().pid() + "_" + NUMERO.incrementAndGet();
        try (Statement s = c.createStatement()) {
            supprimerLesInutilisees(s);
            // template0 and the C collation: the same byte order as DuckDB for ORDER BY on text,
            // whatever locale the server was initialised with.
            s.execute("CREATE DATABASE " + base + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
            CREEES.add(base);
        } catch (SQLException e) {
            throw new IllegalStateException("Création de la base PostgreSQL de test impossible : " + e.getMessage(), e);
        }
        return "jdbc:postgresql://" + HOTE + ":" + PORT + "/" + base + "?user=postgres";
    }

    /**
     * Checks that PostgreSQL answers on {@code hote:port}: returns quietly when it does; otherwise
     * aborts the calling test (reported as skipped, with the reason) or, when PostgreSQL is
     * mandatory, fails it.
     */
    static void exigerPostgres(String hote, int port, boolean obligatoire) {
        String pourquoi = injoignable(hote, port);
        if (pourquoi != null) {
            exiger(hote, port, obligatoire, pourquoi);
        }
    }

    /**
     * Why the tests of a PostgreSQL run are skipped, or empty when they run: PostgreSQL answers on
     * {@code hote:port}, or it is mandatory, in which case the tests run and the fixture fails them.
     */
    static Optional<String> raisonDIgnorer(String hote, int port, boolean obligatoire) {
        String pourquoi = injoignable(hote, port);
        return pourquoi == null || obligatoire ? Optional.empty() : Optional.of(messageIgnores(hote, port, pourquoi));
    }

    /** The same for this run (cached: the server is asked once per JVM), said once on the console when skipping. */
    static synchronized Optional<String> raisonDIgnorer() {
        if (!surPostgres()) {
            return Optional.empty();
        }
        if (raison == null) {
            raison = raisonDIgnorer(HOTE, PORT, obligatoire(System.getenv(VARIABLE_OBLIGATOIRE)));
            // Written to the process's own stderr: the first test to ask may have captured System.err, and
            // surefire's summary only counts the skipped tests.
            raison.ifPresent(r -> new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8).println(r));
        }
        return raison;
    }

    private static String messageIgnores(String hote, int port, String pourquoi) {
        return "PostgreSQL absent sur " + hote + ":" + port + " : tests PostgreSQL ignorés (" + pourquoi + ")";
    }

    private static void exiger(String hote, int port, boolean obligatoire, String pourquoi) {
        if (obligatoire) {
            throw new AssertionError("PostgreSQL absent sur " + hote + ":" + port + " alors que " + VARIABLE_OBLIGATOIRE
                    + "=1 : les tests PostgreSQL ne peuvent pas être ignorés (" + pourquoi + ")");
        }
        throw new TestAbortedException(messageIgnores(hote, port, pourquoi));
    }

    /** {@code SUIVI_CEP_PG_OBLIGATOIRE} set to anything but empty, 0 or false makes PostgreSQL mandatory. */
    static boolean obligatoire(String valeur) {
        return valeur != null && !valeur.isBlank() && !valeur.equals("0") && !valeur.equalsIgnoreCase("false");
    }

    /** Null when a connection opens, else why not. */
    private static String injoignable(String hote, int port) {
        try (Connection c = connecter(hote, port)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static Connection connecter(String hote, int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + hote + ":" + port + "/postgres?user=postgres&connectTimeout=3");
    }

    private static Connection maintenance() {
        if (maintenance == null) {
            try {
                maintenance = connecter(HOTE, PORT);
                maintenance.setAutoCommit(true);
                nettoyerLesRunsInterrompus();
                Runtime.getRuntime().addShutdownHook(new Thread(BasesDeTest::toutSupprimer, "suppression des bases de test"));
            } catch (SQLException e) {
                maintenance = null;
                exiger(HOTE, PORT, obligatoire(System.getenv(VARIABLE_OBLIGATOIRE)), e.getMessage());
            }
        }
        return maintenance;
    }

    /**
     * Drops the databases this run created that were used and nobody uses any more (their Base was
     * closed). A database never connected to yet is kept: its address may be waiting for a command
     * line. {@code pg_stat_database.sessions} exists from PostgreSQL 14; before, everything waits
     * for the exit.
     */
    private static void supprimerLesInutilisees(Statement s) throws SQLException {
        if (CREEES.isEmpty() || !sessionsComptees) {
            return;
        }
        Set<String> inutilisees = new HashSet<>();
        try (var rs = s.executeQuery("SELECT datname FROM pg_stat_database WHERE sessions > 0 AND datname NOT IN "
                + "(SELECT datname FROM pg_stat_activity WHERE datname IS NOT NULL)")) {
            while (rs.next()) {
                inutilisees.add(rs.getString(1));
            }
        } catch (SQLException e) {
            sessionsComptees = false;
            return;
        }
        for (String base : List.copyOf(CREEES)) {
            if (inutilisees.contains(base)) {
                try {
                    s.execute("DROP DATABASE IF EXISTS " + base);
                    CREEES.remove(base);
                } catch (SQLException e) {
                    // Reconnected meanwhile: dropped later, at the latest at exit.
                }
            }
        }
    }

    /** Databases left by a run that was killed before its shutdown hook (its process is gone). */
    private static void nettoyerLesRunsInterrompus() throws SQLException {
        List<String> orphelines = new ArrayList<>();
        try (Statement s = maintenance.createStatement();
                var rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIXE + "%'")) {
            while (rs.next()) {
                String nom = rs.getString(1);
                String[] parties = nom.substring(PREFIXE.length()).split("_");
                try {
                    if (ProcessHandle.of(Long.parseLong(parties[0])).isEmpty()) {
                        orphelines.add(nom);
                    }
                } catch (NumberFormatException e) {
                    // Not one of ours after all: leave it.
                }
            }
        }
        try (Statement s = maintenance.createStatement()) {
            for (String nom : orphelines) {
                s.execute("DROP DATABASE IF EXISTS " + nom + " WITH (FORCE)");
            }
        }
    }

    /** At exit: drops every database still there, even one a test left open (FORCE ends its sessions). */
    private static synchronized void toutSupprimer() {
        try (Statement s = maintenance.createStatement()) {
            for (String base : CREEES) {
                s.execute("DROP DATABASE IF EXISTS " + base + " WITH (FORCE)");
            }
            CREEES.clear();
            maintenance.close();
        } catch (SQLException e) {
            System.err.println("Bases de test PostgreSQL non supprimées (" + CREEES + ") : " + e.getMessage());
        }
    }
}
