package fr.transitionspro.suivicep.importation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** {@code population}: INSEE figures per region and year; FM and FR are sums, never read. */
final class ConversionPopulation implements Conversion {

    private final Map<String, Integer> vus = new HashMap<>();

    @Override
    public Conversion nouvelleLecture(java.util.Set<String> indicateursConnus) {
        return new ConversionPopulation();
    }

    @Override
    public List<String> colonnesTable() {
        return List.of("region", "annee", "actifs", "population_15_64", "actifs_occupes");
    }

    @Override
    public LigneConvertie convertir(Ligne l) {
        String region = l.code("region", Nomenclatures.REGION, true);
        Integer annee = l.entier("annee", Annees.MIN, Annees.MAX, true);
        Long actifs = l.entierLong("actifs", 1, 100_000_000, true);
        Long population = l.entierLong("population_15_64", 0, 100_000_000, false);
        Long occupes = l.entierLong("actifs_occupes", 0, 100_000_000, false);
        if (region == null || annee == null || actifs == null) {
            return null;
        }
        Integer premiere = vus.putIfAbsent(region + '|' + annee, l.numero());
        if (premiere != null) {
            l.erreurLigne("région " + region + " et année " + annee + " déjà données ligne " + premiere
                    + " : une seule ligne par région et par année");
            return null;
        }
        return new LigneConvertie(region, annee, new Object[] {region, annee, actifs, population, occupes});
    }
}
