package fr.transitionspro.suivicep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The login throttle's arithmetic on a clock the test moves: thresholds, window, delay. */
class FreinConnexionTest {

    private static final class Horloge extends Clock {
        Instant maintenant = Instant.parse("2024-03-01T09:00:00Z");

        void avancer(Duration d) {
            maintenant = maintenant.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return maintenant;
        }
    }

    private final Horloge horloge = new Horloge();
    /** 3 failures per account, 5 per IP, within 10 minutes, blocked for 15 minutes. */
    private final FreinConnexion frein = new FreinConnexion(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(15), horloge);

    @Test
    void theThirdFailureBlocksTheAccountForFifteenMinutesThenItMayTryAgain() {
        assertThat(frein.echec("Anne@Essai.fr", "10.0.0.1")).isEmpty();
        assertThat(frein.echec("anne@essai.fr", "10.0.0.2")).isEmpty();
        assertThat(frein.bloque("anne@essai.fr", "10.0.0.3")).isEmpty();
        assertThat(frein.echec(" ANNE@essai.fr", "10.0.0.3")).hasValueSatisfying(b -> {
            assertThat(b.motif()).isEqualTo("compte anne@essai.fr");
            assertThat(b.minutes()).isEqualTo(15);
        });
        horloge.avancer(Duration.ofMinutes(14).plusSeconds(1));
        assertThat(frein.bloque("anne@essai.fr", "10.0.0.9")).hasValueSatisfying(b -> assertThat(b.minutes()).isEqualTo(1));
        assertThat(frein.bloque("paul@essai.fr", "10.0.0.9")).isEmpty();
        horloge.avancer(Duration.ofSeconds(59));
        assertThat(frein.bloque("anne@essai.fr", "10.0.0.9")).isEmpty();
    }

    @Test
    void failuresOlderThanTheWindowAreForgottenAndASuccessClearsTheAccount() {
        frein.echec("anne@essai.fr", "10.0.0.1");
        frein.echec("anne@essai.fr", "10.0.0.1");
        horloge.avancer(Duration.ofMinutes(10));
        assertThat(frein.echec("anne@essai.fr", "10.0.0.1")).as("the first two are out of the window").isEmpty();
        frein.echec("anne@essai.fr", "10.0.0.1");
        frein.reussite("anne@essai.fr");
        assertThat(frein.echec("anne@essai.fr", "10.0.0.1")).as("cleared by the success").isEmpty();
        assertThat(frein.bloque("anne@essai.fr", "10.0.0.1")).isEmpty();
    }

    @Test
    void theFifthFailureFromOneAddressBlocksEveryAccountFromItButNotFromElsewhere() {
        for (int i = 1; i <= 4; i++) {
            assertThat(frein.echec("personne" + i + "@essai.fr", "10.0.0.7")).isEmpty();
        }
        assertThat(frein.echec("personne5@essai.fr", "10.0.0.7")).hasValueSatisfying(b -> assertThat(b.motif()).isEqualTo("adresse IP 10.0.0.7"));
        assertThat(frein.bloque("anne@essai.fr", "10.0.0.7")).isPresent();
        assertThat(frein.bloque("anne@essai.fr", "10.0.0.8")).isEmpty();
        frein.reussite("personne5@essai.fr");
        assertThat(frein.bloque("anne@essai.fr", "10.0.0.7")).as("a success does not unblock an address").isPresent();
    }
}
