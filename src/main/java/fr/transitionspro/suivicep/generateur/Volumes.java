package fr.transitionspro.suivicep.generateur;

import java.util.SplittableRandom;

/**
 * How many rows each (year, region[, scheme]) gets: a reference volume times a small
 * seeded jitter, so years differ the way real yearly figures do while a given seed always
 * gives the same counts.
 */
final class Volumes {
    private Volumes() {}

    /** New CEP entries: active population × take-up rate, ± 2 %. */
    static long entrees(long graine, int annee, Region region) {
        SplittableRandom rng = Graines.aleatoire(graine, "volume-entrees", annee, region.code());
        return Math.round(region.actifs(annee) * region.tauxRecours() * gigue(rng, 0.02));
    }

    /** Dossiers of a scheme: Normandie's yearly volume scaled by the region's size, ± 5 %. */
    static int dossiers(long graine, int annee, Region region, Dispositif dispositif) {
        SplittableRandom rng = Graines.aleatoire(graine, "volume-dossiers", annee, region.code(), dispositif.name());
        return (int) Math.round(dispositif.volumeNormandie() * region.facteurTaille() * gigue(rng, 0.05));
    }

    private static double gigue(SplittableRandom rng, double amplitude) {
        return 1 + amplitude * (2 * rng.nextDouble() - 1);
    }
}
