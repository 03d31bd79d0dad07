package fr.transitionspro.suivicep.importation;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test-only stops inside an import, so that the fault tests can kill the process at a chosen
 * point instead of hoping a timer lands there. Inert unless the JVM runs with
 * {@code -Dsuivicep.essai.pause=POINT} (one of {@code verification}, {@code ecriture},
 * {@code validation}): on reaching that point, at the row given by
 * {@code -Dsuivicep.essai.pause.ligne} (default 1), the import prints « PAUSE POINT » on its
 * standard output and waits until the file named by {@code -Dsuivicep.essai.reprise} exists
 * (forever when none is named).
 *
 * <ul>
 * <li>{@code verification}: during the pass that checks the file (and fills the temporary load file); nothing is
 *     written to the base yet;</li>
 * <li>{@code ecriture}: inside the transaction, after the slices were deleted and before the rows are
 *     bulk-loaded from the checked temporary file (row 1 only);</li>
 * <li>{@code validation}: everything written (rows, journal, slices), just before the commit.</li>
 * </ul>
 */
final class PointDArret {

    static final String PROPRIETE = "suivicep.essai.pause";

    private PointDArret() {
    }

    /** Called at {@code point} for each row (or once, with row 1): stops there when asked. */
    static void atteindre(String point, long ligne) {
        if (point.equals(System.getProperty(PROPRIETE)) && ligne == Long.getLong(PROPRIETE + ".ligne", 1L)) {
            atteindre(point);
        }
    }

    /**
     * Called once at {@code point} by a step that has no rows of its own (the checking of a file DuckDB reads
     * itself, ChargementDirect): stops there when asked, whatever the row asked.
     */
    static void atteindre(String point) {
        if (!point.equals(System.getProperty(PROPRIETE))) {
            return;
        }
        System.out.println("PAUSE " + point);
        System.out.flush();
        String reprise = System.getProperty("suivicep.essai.reprise");
        try {
            while (reprise == null || !Files.exists(Path.of(reprise))) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
