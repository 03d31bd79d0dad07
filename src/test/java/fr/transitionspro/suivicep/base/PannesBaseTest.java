package fr.transitionspro.suivicep.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The engines' failures as a user reads them: in French, with what to do, and never a password. */
class PannesBaseTest {

    @Test
    void anUnreachablePostgresqlServerIsSaidInFrenchWithoutTheUrlParameters() {
        assertThatThrownBy(() -> Base.ouvrir("jdbc:postgresql://127.0.0.1:1/suivi?user=moi&password=secret&connectTimeout=2"))
                .isInstanceOf(BaseIndisponible.class)
                .hasMessage("Impossible d'ouvrir la base : le serveur PostgreSQL de « jdbc:postgresql://127.0.0.1:1/suivi » ne répond "
                        + "pas. Vérifiez qu'il est démarré et joignable, puis relancez la commande.")
                .hasMessageNotContaining("secret");
    }

    @Test
    void knownEngineMessagesBecomeFrenchSentencesAndOthersKeepTheDriversReason() {
        assertThat(PannesBase.message("b.duckdb", "Import interrompu", new java.sql.SQLException(
                "IO Error: Could not write file \"b.duckdb.wal\": No space left on device")))
                .startsWith("Import interrompu : plus de place pour écrire la base « b.duckdb » (disque plein");
        assertThat(PannesBase.message("jdbc:postgresql://h/b", "Import interrompu", new RuntimeException("wrapped",
                new java.sql.SQLException("ERROR: cannot execute DELETE in a read-only transaction"))))
                .startsWith("Import interrompu : la base « jdbc:postgresql://h/b » est en lecture seule");
        assertThat(PannesBase.message("jdbc:duckdb:/d/b.duckdb", "Import interrompu", new java.sql.SQLException("Constraint Error: x")))
                .isEqualTo("Import interrompu : Constraint Error: x");
    }
}
