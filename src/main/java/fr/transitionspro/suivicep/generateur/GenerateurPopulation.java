package fr.transitionspro.suivicep.generateur;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code population.csv}, the denominators of the take-up rate, for every generated
 * region and year. Deterministic: reference figures do not depend on the seed.
 */
final class GenerateurPopulation {
    static final List<String> COLONNES = List.of("region", "annee", "actifs", "population_15_64", "actifs_occupes");

    private GenerateurPopulation() {}

    static long ecrire(Path fichier, List<Integer> annees, List<Region> regions) throws IOException {
        try (EcrivainCsv csv = new EcrivainCsv(fichier, COLONNES)) {
            for (int annee : annees) {
                for (Region region : regions) {
                    long actifs = region.actifs(annee);
                    csv.champ(region.code())
                            .champ(Integer.toString(annee))
                            .champ(Long.toString(actifs))
                            .champ(Long.toString(Math.round(actifs / region.tauxActivite())))
                            .champ(Long.toString(Math.round(actifs * region.tauxEmploi())))
                            .finLigne();
                }
            }
            return csv.lignes();
        }
    }
}
