package fr.transitionspro.suivicep.generateur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates synthetic canonical CSV files of microdata (one row per person or dossier,
 * {@code effectif} always empty) at real French volumes, for benchmarks and tests: per year
 * {@code entrees-<annee>.csv} and {@code dossiers-<annee>.csv}, and one {@code population.csv}
 * for all generated years and regions. No row describes a real person and no file has a
 * personal identifier column.
 *
 * <p>The seed fixes everything: the same seed and arguments give byte-identical files, and
 * each year mixes the seed with its own value so years differ. Files are written in
 * parallel, one thread per file; each draws from its own keyed random streams, so the
 * thread schedule never changes the output.
 */
public final class GenerateurMicrodonnees {

    private GenerateurMicrodonnees() {}

    public static Resume generer(Echelle echelle, long graine, List<Integer> annees, Path sortie) throws IOException {
        Objects.requireNonNull(echelle, "echelle");
        Objects.requireNonNull(sortie, "sortie");
        if (annees == null || annees.isEmpty() || annees.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("at least one year expected, and no null year");
        }
        List<Integer> anneesTriees = List.copyOf(new TreeSet<>(annees));
        List<Region> regions = echelle == Echelle.NATIONAL ? Region.TOUTES : List.of(Region.normandie());
        Files.createDirectories(sortie);

        // Largest files first, so that the last thread to finish is not stuck with a big one.
        List<Tache> taches = new ArrayList<>();
        for (int annee : anneesTriees) {
            taches.add(new Tache(sortie.resolve("entrees-" + annee + ".csv"), Type.ENTREES,
                    f -> GenerateurEntrees.ecrire(f, graine, annee, regions)));
        }
        for (int annee : anneesTriees) {
            taches.add(new Tache(sortie.resolve("dossiers-" + annee + ".csv"), Type.DOSSIERS,
                    f -> GenerateurDossiers.ecrire(f, graine, annee, regions)));
        }
        taches.add(new Tache(sortie.resolve("population.csv"), Type.POPULATION,
                f -> GenerateurPopulation.ecrire(f, anneesTriees, regions)));

        List<Long> lignes = executer(taches);

        long lignesEntrees = 0;
        long lignesDossiers = 0;
        for (int i = 0; i < taches.size(); i++) {
            switch (taches.get(i).type) {
                case ENTREES -> lignesEntrees += lignes.get(i);
                case DOSSIERS -> lignesDossiers += lignes.get(i);
                case POPULATION -> { }
            }
        }
        return new Resume(ordreDuResume(anneesTriees, sortie), lignesEntrees, lignesDossiers);
    }

    /** Per year its entries then its dossiers, then the population file. */
    private static List<Path> ordreDuResume(List<Integer> annees, Path sortie) {
        List<Path> fichiers = new ArrayList<>();
        for (int annee : annees) {
            fichiers.add(sortie.resolve("entrees-" + annee + ".csv"));
            fichiers.add(sortie.resolve("dossiers-" + annee + ".csv"));
        }
        fichiers.add(sortie.resolve("population.csv"));
        return fichiers;
    }

    /** Runs the tasks on one thread per core and returns their row counts, in task order. */
    private static List<Long> executer(List<Tache> taches) throws IOException {
        int fils = Math.max(1, Math.min(taches.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger numero = new AtomicInteger();
        ExecutorService executeur = Executors.newFixedThreadPool(fils, r -> {
            Thread t = new Thread(r, "generateur-microdonnees-" + numero.incrementAndGet());
            t.setDaemon(true); // never keeps the JVM alive if a caller forgets to wait
            return t;
        });
        try {
            List<Future<Long>> resultats = new ArrayList<>();
            for (Tache tache : taches) {
                resultats.add(executeur.submit(tache));
            }
            List<Long> lignes = new ArrayList<>();
            for (Future<Long> resultat : resultats) {
                lignes.add(attendre(resultat));
            }
            return lignes;
        } finally {
            executeur.shutdownNow();
        }
    }

    private static long attendre(Future<Long> resultat) throws IOException {
        try {
            return resultat.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException uio) {
                throw uio.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }

    private enum Type { ENTREES, DOSSIERS, POPULATION }

    @FunctionalInterface
    private interface Ecriture {
        long ecrire(Path fichier) throws IOException;
    }

    /** Writes one file and returns its data row count. */
    private record Tache(Path fichier, Type type, Ecriture ecriture) implements Callable<Long> {
        @Override
        public Long call() throws IOException {
            return ecriture.ecrire(fichier);
        }
    }
}
