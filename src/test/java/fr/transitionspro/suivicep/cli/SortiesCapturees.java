package fr.transitionspro.suivicep.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a command run in this JVM ({@link SuiviCep#executer}) prints: standard output and error are captured
 * for each test and given back to the console after it. Registered with {@code @RegisterExtension}.
 */
final class SortiesCapturees implements BeforeEachCallback, AfterEachCallback {

    private final ByteArrayOutputStream sortie = new ByteArrayOutputStream();
    private final ByteArrayOutputStream erreurs = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;

    @Override
    public void beforeEach(ExtensionContext contexte) {
        out = System.out;
        err = System.err;
        System.setOut(new PrintStream(sortie, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(erreurs, true, StandardCharsets.UTF_8));
    }

    @Override
    public void afterEach(ExtensionContext contexte) {
        System.setOut(out);
        System.setErr(err);
    }

    String sortie() {
        return sortie.toString(StandardCharsets.UTF_8);
    }

    String erreurs() {
        return erreurs.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far on standard output. */
    void viderSortie() {
        sortie.reset();
    }
}
