package fr.transitionspro.suivicep.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

import fr.transitionspro.suivicep.importation.Fixtures;
import fr.transitionspro.suivicep.importation.TypeFichier;

/**
 * The fixture that gives every test its base: on the engine the run asks for, one fresh base per
 * call, and the decision taken when PostgreSQL does not answer (port 1: nothing listens there).
 */
class BasesDeTestTest {

    @TempDir
    Path dossier;

    @Test
    void anUnreachablePostgresqlSkipsItsTestsSayingSoOutsideCi() {
        assertThatThrownBy(() -> BasesDeTest.exigerPostgres("127.0.0.1", 1, false))
                .isExactlyInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("PostgreSQL absent sur 127.0.0.1:1 : tests PostgreSQL ignorés (");
    }

    @Test
    void anUnreachablePostgresqlFailsItsTestsUnderCi() {
        assertThatThrownBy(() -> BasesDeTest.exigerPostgres("127.0.0.1", 1, true))
                .isExactlyInstanceOf(AssertionError.class)
                .hasMessageStartingWith("PostgreSQL absent sur 127.0.0.1:1 alors que SUIVI_CEP_PG_OBLIGATOIRE=1 : "
                        + "les tests PostgreSQL ne peuvent pas être ignorés");
    }

    @Test
    void theRunIsSkippedWithTheReasonWhenPostgresqlIsAbsentAndOptional() {
        assertThat(BasesDeTest.raisonDIgnorer("127.0.0.1", 1, false))
                .hasValueSatisfying(r -> assertThat(r).startsWith("PostgreSQL absent sur 127.0.0.1:1 : tests PostgreSQL ignorés ("));
    }

    @Test
    void theRunIsNotSkippedWhenPostgresqlIsAbsentButMandatory() {
        assertThat(BasesDeTest.raisonDIgnorer("127.0.0.1", 1, true)).isEmpty();
    }

    @Test
    void postgresqlIsMandatoryWhenTheVariableIsSetToOneAndOptionalWhenAbsentEmptyOrZero() {
        assertThat(BasesDeTest.obligatoire("1")).isTrue();
        assertThat(BasesDeTest.obligatoire(null)).isFalse();
        assertThat(BasesDeTest.obligatoire("")).isFalse();
        assertThat(BasesDeTest.obligatoire("0")).isFalse();
    }

    @Test
    void eachTestBaseIsOnTheEngineTheRunAsksFor() {
        try (Base b = Fixtures.base(dossier)) {
            assertThat(b.estDuckDb()).as("base DuckDB alors que suivi.base=%s", System.getProperty("suivi.base"))
                    .isEqualTo(!BasesDeTest.surPostgres());
        }
    }

    @Test
    void twoTestBasesShareNoRows() throws Exception {
        try (Base une = Fixtures.base(dossier, "une"); Base autre = Fixtures.base(dossier, "autre")) {
            Fixtures.importer(une, Fixtures.fichier(dossier, "e.csv", "annee;region;operateur;effectif\n2023;28;APEC;12\n"),
                    TypeFichier.ENTREES);
            assertThat(Fixtures.contenu(une, "entree")).hasSize(1);
            assertThat(Fixtures.contenu(autre, "entree")).isEmpty();
        }
    }
}
