package fr.transitionspro.suivicep.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thread that borrows a connection of its own reads beside the shared one, and the base closes what it lent. */
class ConnexionsPropresTest {

    @TempDir
    Path dossier;

    Base base;
    ExecutorService autreFil = Executors.newSingleThreadExecutor();

    @BeforeEach
    void ouvrir() {
        base = Base.ouvrir(BasesDeTest.nouvelle(dossier, "propres"));
    }

    @AfterEach
    void fermer() {
        autreFil.shutdownNow();
        if (base != null) {
            base.close();
        }
    }

    /** What another thread, on a connection of its own, counts in rupture_serie. */
    private long compteDansUnAutreFil() throws Exception {
        Future<Long> n = autreFil.submit(() -> {
            try (Base.Liaison propre = base.connexionPropre()) {
                return base.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM rupture_serie").mapTo(Long.class).one());
            }
        });
        return n.get(60, TimeUnit.SECONDS);
    }

    @Test
    void aThreadsOwnConnectionReadsWhileTheSharedOneIsInsideATransactionAndSeesOnlyWhatWasCommitted() throws Exception {
        try (Handle h = base.jdbi().open()) {
            h.begin();
            h.execute("INSERT INTO rupture_serie (source, annee, motif) VALUES ('entrees', 2023, 'essai')");
            // The shared connection holds an open transaction: a query on it from another thread would clash.
            assertThat(compteDansUnAutreFil()).isZero();
            h.commit();
        }
        assertThat(compteDansUnAutreFil()).isEqualTo(1);
    }

    /** The connection this thread's queries go through. */
    private Connection courante() throws java.sql.SQLException {
        return base.jdbi().withHandle(h -> h.getConnection().unwrap(Connection.class));
    }

    @Test
    void aThreadGoesBackToTheSharedConnectionForAWhileThenToItsOwnAndTheBaseClosesWhatItLent() throws Exception {
        Connection partagee = courante();
        Connection pretee;
        try (Base.Liaison propre = base.connexionPropre()) {
            pretee = courante();
            assertThat(pretee).isNotSameAs(partagee);
            try (Base.Liaison enSonTour = base.connexionPartagee()) {
                assertThat(courante()).isSameAs(partagee);
            }
            assertThat(courante()).isSameAs(pretee);
        }
        assertThat(courante()).isSameAs(partagee);
        assertThat(pretee.isClosed()).isFalse();
        base.close();
        base = null;
        // A DuckDB file stays open, and locked, while any connection to it does.
        assertThat(pretee.isClosed()).isTrue();
    }
}
