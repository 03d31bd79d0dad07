package fr.transitionspro.suivicep.base;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips every test of the PostgreSQL run, with the reason, when PostgreSQL does not answer and is
 * not mandatory. Registered for that run only (extension autodetection, switched on by the pom's
 * {@code postgresql} execution). Deciding before the classes start, rather than aborting in the
 * fixture, makes surefire count each test as skipped: a class aborted in {@code @BeforeAll} would
 * report no test at all.
 */
public final class PostgresqlAbsent implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext contexte) {
        return BasesDeTest.raisonDIgnorer().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("PostgreSQL présent, ou obligatoire"));
    }
}
