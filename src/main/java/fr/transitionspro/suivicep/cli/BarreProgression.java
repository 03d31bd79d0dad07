package fr.transitionspro.suivicep.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressState;

import fr.transitionspro.suivicep.importation.Progression;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;

/**
 * The progress of one file's import on the terminal (standard error), drawn by the progressbar library (width,
 * redraw in place, refresh every half second) with a French text:
 * {@code entrees-2023.csv  42 % [████░░░░░]  1 234 567 lignes · 250 000 lignes/s · reste 12 s}.
 * Progress is measured in bytes of the file (known in advance); the time left is extrapolated from them.
 */
final class BarreProgression implements Progression, AutoCloseable {

    private static final int LARGEUR_BARRE = 20;

    private final ProgressBar barre;
    private final AtomicLong lignes = new AtomicLong();

    BarreProgression(String fichier, long taille, PrintStream sortie, boolean terminal) {
        this.barre = new ProgressBarBuilder().setTaskName(fichier).setInitialMax(Math.max(1, taille))
                .setUpdateIntervalMillis(500)
                .setConsumer(terminal ? new InteractiveConsoleProgressBarConsumer(sortie) : new ConsoleProgressBarConsumer(sortie, 132))
                .setRenderer(this::rendre).build();
    }

    @Override
    public void avancer(long octetsLus, long taille, long lignesLues) {
        lignes.set(lignesLues);
        barre.stepTo(Math.min(octetsLus, barre.getMax()));
    }

    @Override
    public void close() {
        barre.close();
    }

    private String rendre(ProgressState etat, int largeurMax) {
        double fait = etat.getMax() <= 0 ? 0 : Math.min(1.0, (double) etat.getCurrent() / etat.getMax());
        int pleins = (int) Math.round(fait * LARGEUR_BARRE);
        String ligne = etat.getTaskName() + "  " + String.format("%3d", (int) Math.floor(fait * 100)) + "\u00a0% ["
                + "█".repeat(pleins) + "░".repeat(LARGEUR_BARRE - pleins) + "]  "
                + texte(lignes.get(), etat.getCurrent(), etat.getMax(), etat.getElapsedAfterStart());
        return largeurMax > 0 && ligne.length() > largeurMax ? ligne.substring(0, largeurMax) : ligne;
    }

    /**
     * « 1 234 567 lignes · 250 000 lignes/s · reste 12 s »: rows read, rows per second since the start, and the
     * time left at the byte rate so far (not shown before anything is read, nor once everything is).
     */
    static String texte(long lignes, long octetsLus, long taille, Duration ecoule) {
        double secondes = ecoule.toNanos() / 1e9;
        StringBuilder s = new StringBuilder(FormatFrancais.entier(lignes)).append(lignes == 1 ? " ligne" : " lignes");
        if (secondes > 0) {
            s.append(" · ").append(FormatFrancais.entier(Math.round(lignes / secondes))).append(" lignes/s");
        }
        if (octetsLus > 0 && octetsLus < taille && secondes > 0) {
            long reste = Math.round(secondes * (taille - octetsLus) / octetsLus);
            s.append(" · reste ").append(duree(reste));
        }
        return s.toString().replace(' ', '\u00a0').replace("\u00a0·\u00a0", " · ");
    }

    /** « 12 s », « 2 min 05 s », « 1 h 02 min ». */
    static String duree(long secondes) {
        if (secondes < 60) {
            return secondes + " s";
        }
        if (secondes < 3600) {
            return (secondes / 60) + " min " + String.format("%02d", secondes % 60) + " s";
        }
        return (secondes / 3600) + " h " + String.format("%02d", (secondes % 3600) / 60) + " min";
    }

    /**
     * Whether standard error is a terminal (Linux: where file descriptor 2 points); elsewhere, whether the JVM
     * has a console at all. A redirected or piped error stream gets no progress unless asked for.
     */
    static boolean erreurEstUnTerminal() {
        try {
            String cible = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return cible.startsWith("/dev/pts/") || cible.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
