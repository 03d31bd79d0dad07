package fr.transitionspro.suivicep.generateur;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws a value from a fixed weighted distribution in constant time. The weights are
 * spread once over a table of 2^14 slots (resolution about 0.006 %), so a draw is one
 * random int and two array reads: this runs several times per row of a file of
 * millions of rows, where a cumulative search would dominate the cost.
 *
 * @param <T> drawn values; {@code ""} (or {@code null} for numbers) stands for an unknown cell
 */
final class TirageDiscret<T> {
    private static final int CASES = 1 << 14;
    private static final int MAX_VALEURS = 256; // slots store an unsigned byte

    private final Object[] valeurs;
    private final byte[] cases;

    private TirageDiscret(Object[] valeurs, byte[] cases) {
        this.valeurs = valeurs;
        this.cases = cases;
    }

    @SuppressWarnings("unchecked")
    T tirer(SplittableRandom rng) {
        return (T) valeurs[cases[rng.nextInt(CASES)] & 0xFF];
    }

    /** A "distribution" that always gives the same value, for columns a scheme never fills. */
    static <T> TirageDiscret<T> toujours(T valeur) {
        return TirageDiscret.<T>poids().avec(valeur, 1).construire();
    }

    static <T> Constructeur<T> poids() {
        return new Constructeur<>();
    }

    static final class Constructeur<T> {
        // Insertion order matters: it fixes slot order, hence the draws for a given seed.
        private final Map<T, Double> poids = new LinkedHashMap<>();

        /** Adds weight to a value (weights are relative; adding twice accumulates). */
        Constructeur<T> avec(T valeur, double poidsValeur) {
            if (poidsValeur < 0) {
                throw new IllegalArgumentException("negative weight for " + valeur);
            }
            if (poidsValeur == 0) {
                return this; // lets profiles write "FONGECIF", 0 for the years it no longer exists
            }
            poids.merge(valeur, poidsValeur, Double::sum);
            return this;
        }

        /** Shares a weight evenly among several values, e.g. all the ages of a band. */
        Constructeur<T> avecChacun(List<T> lesValeurs, double poidsTotal) {
            for (T v : lesValeurs) {
                avec(v, poidsTotal / lesValeurs.size());
            }
            return this;
        }

        TirageDiscret<T> construire() {
            List<T> liste = new ArrayList<>(poids.keySet());
            if (liste.isEmpty() || liste.size() > MAX_VALEURS) {
                throw new IllegalStateException("between 1 and " + MAX_VALEURS + " values expected");
            }
            double total = poids.values().stream().mapToDouble(Double::doubleValue).sum();
            if (total <= 0) {
                throw new IllegalStateException("weights sum to zero");
            }
            // Largest remainder rounding: the slot counts add up to exactly CASES.
            int[] nombre = new int[liste.size()];
            double[] reste = new double[liste.size()];
            int attribues = 0;
            for (int i = 0; i < liste.size(); i++) {
                double ideal = poids.get(liste.get(i)) / total * CASES;
                nombre[i] = (int) Math.floor(ideal);
                reste[i] = ideal - nombre[i];
                attribues += nombre[i];
            }
            while (attribues < CASES) {
                int meilleur = 0;
                for (int i = 1; i < reste.length; i++) {
                    if (reste[i] > reste[meilleur]) {
                        meilleur = i;
                    }
                }
                nombre[meilleur]++;
                reste[meilleur] = -1;
                attribues++;
            }
            byte[] cases = new byte[CASES];
            int position = 0;
            for (int i = 0; i < nombre.length; i++) {
                for (int k = 0; k < nombre[i]; k++) {
                    cases[position++] = (byte) i;
                }
            }
            return new TirageDiscret<>(liste.toArray(), cases);
        }
    }
}
