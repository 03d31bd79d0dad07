package fr.transitionspro.suivicep.importation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import fr.transitionspro.suivicep.cli.SuiviCep;

/**
 * A {@code suivi-cep} command run in its own JVM (the test's classpath), so that a test can kill it
 * for real: {@link Process#destroyForcibly()} sends SIGKILL on Linux, as {@code kill -9} does. Its
 * standard output is read line by line (to wait for the import's « PAUSE point » marker, see
 * {@code PointDArret}); its error output goes to a file.
 */
final class ProcessusEnfant {

    private final Process processus;
    private final Path erreurs;
    private final BlockingQueue<String> lignes = new LinkedBlockingQueue<>();
    private final StringBuffer sortie = new StringBuffer();

    private ProcessusEnfant(Process processus, Path erreurs) {
        this.processus = processus;
        this.erreurs = erreurs;
        Thread lecteur = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(processus.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    sortie.append(l).append('\n');
                    lignes.add(l);
                }
            } catch (IOException e) {
                // The process was killed: its output ends here.
            }
        }, "sortie de suivi-cep");
        lecteur.setDaemon(true);
        lecteur.start();
    }

    /**
     * Starts {@code suivi-cep arguments…}; {@code proprietes} are JVM options such as
     * {@code -Dsuivicep.essai.pause=ecriture}; {@code prefixe} a shell prefix (e.g. a {@code ulimit}), or null.
     */
    static ProcessusEnfant lancer(Path dossier, List<String> proprietes, String... arguments) throws IOException {
        List<String> commande = new ArrayList<>();
        commande.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        commande.add("-Xmx256m");
        commande.addAll(proprietes);
        commande.addAll(List.of("-cp", System.getProperty("java.class.path"), SuiviCep.class.getName()));
        commande.addAll(List.of(arguments));
        Path erreurs = Files.createTempFile(dossier, "erreurs", ".txt");
        ProcessBuilder pb = new ProcessBuilder(commande).redirectError(erreurs.toFile());
        pb.environment().remove("SUIVI_CEP_BASE");
        pb.environment().remove("SUIVI_CEP_TRACE");
        return new ProcessusEnfant(pb.start(), erreurs);
    }

    /** Waits for a line of standard output, failing after two minutes or when the process ends first. */
    void attendre(String ligne) throws Exception {
        long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < fin) {
            String l = lignes.poll(200, TimeUnit.MILLISECONDS);
            if (ligne.equals(l)) {
                return;
            }
            if (l == null && !processus.isAlive() && lignes.isEmpty()) {
                throw new AssertionError("suivi-cep s'est arrêté (code " + processus.exitValue() + ") avant « " + ligne
                        + " » ; sortie : " + sortie + " ; erreurs : " + erreurs());
            }
        }
        throw new AssertionError("« " + ligne + " » attendu depuis deux minutes ; sortie : " + sortie);
    }

    /** kill -9, then waits for the end; returns the exit code (137 = killed by SIGKILL). */
    int tuer() throws InterruptedException {
        processus.destroyForcibly();
        processus.waitFor(60, TimeUnit.SECONDS);
        return processus.exitValue();
    }

    int terminer() throws InterruptedException {
        if (!processus.waitFor(180, TimeUnit.SECONDS)) {
            processus.destroyForcibly();
            throw new AssertionError("suivi-cep ne s'est pas terminé en trois minutes ; sortie : " + sortie);
        }
        return processus.exitValue();
    }

    boolean enVie() {
        return processus.isAlive();
    }

    String sortie() {
        return sortie.toString();
    }

    String erreurs() {
        try {
            return Files.readString(erreurs);
        } catch (IOException e) {
            return "(illisible : " + e.getMessage() + ")";
        }
    }
}
