package fr.transitionspro.suivicep.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.base.BasesDeTest;

class JournalAuditTest {

    @TempDir
    Path dossier;

    /** A clock that reads what it is told, so that the day filters have known days to work on. */
    private static final class Horloge extends Clock {
        Instant maintenant;

        Horloge(String instant) {
            maintenant = Instant.parse(instant);
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

    @Test
    void appendsEntriesAndReadsThemNewestFirstThroughEveryFilter() {
        Horloge horloge = new Horloge("2024-03-01T09:00:00Z");
        try (Base base = Base.ouvrir(BasesDeTest.nouvelle(dossier, "audit"))) {
            JournalAudit journal = new JournalAudit(base.jdbi(), horloge);
            journal.consigner("referente@normandie.fr", Action.CONNEXION, "28", "adresse IP 10.0.0.1");
            horloge.maintenant = Instant.parse("2024-03-02T10:00:00Z");
            journal.consigner("referente@normandie.fr", Action.IMPORT, "28", "fichier « entrees.csv »");
            journal.consigner("inconnu@ailleurs.fr", Action.CONNEXION_ECHOUEE, null, "adresse IP 10.0.0.9");
            horloge.maintenant = Instant.parse("2024-03-03T11:00:00Z");
            journal.consigner("Lecteur@Bretagne.fr", Action.EXPORT, "53", "x".repeat(3000));

            List<JournalAudit.Entree> tout = journal.lire(JournalAudit.Filtre.tout(100));
            assertThat(tout).extracting(JournalAudit.Entree::action)
                    .containsExactly(Action.EXPORT, Action.CONNEXION_ECHOUEE, Action.IMPORT, Action.CONNEXION);
            assertThat(tout.get(0).detail()).hasSize(JournalAudit.DETAIL_MAX).endsWith("…");
            assertThat(tout.get(1).region()).isNull();
            assertThat(tout.get(3).horodatage()).hasToString("2024-03-01T09:00");

            assertThat(journal.lire(new JournalAudit.Filtre("28", null, null, null, null, 100)))
                    .extracting(JournalAudit.Entree::action).containsExactly(Action.IMPORT, Action.CONNEXION);
            assertThat(journal.lire(new JournalAudit.Filtre(null, Action.CONNEXION_ECHOUEE, null, null, null, 100)))
                    .extracting(JournalAudit.Entree::acteur).containsExactly("inconnu@ailleurs.fr");
            assertThat(journal.lire(new JournalAudit.Filtre(null, null, "BRETAGNE", null, null, 100)))
                    .extracting(JournalAudit.Entree::acteur).containsExactly("Lecteur@Bretagne.fr");
            assertThat(journal.lire(new JournalAudit.Filtre(null, null, null, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2), 100)))
                    .extracting(JournalAudit.Entree::action).containsExactly(Action.CONNEXION_ECHOUEE, Action.IMPORT);
            assertThat(journal.lire(JournalAudit.Filtre.tout(1))).extracting(JournalAudit.Entree::action).containsExactly(Action.EXPORT);
        }
    }

    @Test
    void refusesARegionLongerThanTwoCharacters() {
        try (Base base = Base.ouvrir(BasesDeTest.nouvelle(dossier, "audit"))) {
            assertThatThrownBy(() -> new JournalAudit(base.jdbi()).consigner("a@b.fr", Action.EXPORT, "Normandie", null))
                    .hasMessageContaining("Région « Normandie » invalide");
        }
    }

    @Test
    void postgresqlRefusesToUpdateDeleteOrEmptyTheLog() {
        assumeTrue(BasesDeTest.surPostgres(), "DuckDB n'a ni déclencheur ni règle : seul le code garantit l'ajout seul");
        try (Base base = Base.ouvrir(BasesDeTest.nouvelle(dossier, "audit"))) {
            JournalAudit journal = new JournalAudit(base.jdbi());
            journal.consigner("referente@normandie.fr", Action.RAPPORT, "28", "rapport 2023 (pdf)");
            for (String sql : List.of("UPDATE journal_audit SET acteur = 'quelqu''un d''autre'", "DELETE FROM journal_audit",
                    "TRUNCATE journal_audit")) {
                assertThatThrownBy(() -> base.jdbi().useHandle(h -> h.execute(sql))).as(sql)
                        .hasMessageContaining("Le journal d'audit est en ajout seul");
            }
            assertThat(journal.lire(JournalAudit.Filtre.tout(10))).extracting(JournalAudit.Entree::acteur)
                    .containsExactly("referente@normandie.fr");
        }
    }

    private static final Pattern MODIFICATION = Pattern.compile(
            "(UPDATE\\s+journal_audit|DELETE\\s+FROM\\s+journal_audit|TRUNCATE\\s+(TABLE\\s+)?journal_audit|ALTER\\s+TABLE\\s+journal_audit"
                    + "|DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?journal_audit|MERGE\\s+INTO\\s+journal_audit|INSERT\\s+OR\\s+REPLACE\\s+INTO\\s+journal_audit)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noSourceFileChangesOrRemovesAnEntryAndTheComponentOnlyAppendsAndReads() throws IOException {
        List<String> modifications = new ArrayList<>();
        try (Stream<Path> fichiers = Files.walk(Path.of("src/main"))) {
            for (Path f : fichiers.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|sql|yaml|properties)$")).toList()) {
                Matcher m = MODIFICATION.matcher(Files.readString(f));
                while (m.find()) {
                    modifications.add(f + " : " + m.group());
                }
            }
        }
        assertThat(modifications).isEmpty();
        assertThat(Arrays.stream(JournalAudit.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).containsExactlyInAnyOrder("consigner", "lire", "acteurLigneDeCommande");
    }

    @Test
    void theScanWouldSeeAnUpdateWrittenOnSeveralLines() {
        assertThat(MODIFICATION.matcher("h.execute(\"update\n   journal_audit set detail = ''\")").find()).isTrue();
        assertThat(MODIFICATION.matcher("BEFORE UPDATE OR DELETE ON journal_audit").find()).isFalse();
    }
}
