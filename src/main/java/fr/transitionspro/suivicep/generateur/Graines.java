package fr.transitionspro.suivicep.generateur;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the user's seed. Every stream is keyed by what it
 * generates (year, region, scheme...), never by the order in which files are written, so
 * that files generated in parallel stay byte-identical from one run to the next.
 */
final class Graines {
    private Graines() {}

    /** A random stream for one purpose, e.g. {@code aleatoire(graine, "entrees", 2023, "28")}. */
    static SplittableRandom aleatoire(long graine, String usage, int annee, String... cles) {
        long h = melanger(graine ^ 0x5EED_CE9_2023L);
        h = melanger(h ^ usage.hashCode());
        h = melanger(h + annee);
        for (String cle : cles) {
            // String.hashCode is specified by the JLS, so the derivation is stable across JVMs.
            h = melanger(h ^ cle.hashCode());
        }
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: a cheap bijective mix that spreads every input bit. */
    static long melanger(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
