package fr.transitionspro.suivicep.indicateurs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** A set of indicator values indexed by identity, for lookups by the engine and the report. */
public final class Valeurs {

    private final Map<ValeurIndicateur.Cle, ValeurIndicateur> parCle = new LinkedHashMap<>();
    private final Map<String, List<ValeurIndicateur>> parIndicateur = new HashMap<>();

    public Valeurs(Collection<ValeurIndicateur> valeurs) {
        valeurs.forEach(this::ajouter);
    }

    Valeurs() {
    }

    /** Adds a value unless one with the same identity exists (first one wins). */
    boolean ajouter(ValeurIndicateur v) {
        if (parCle.putIfAbsent(v.cle(), v) != null) {
            return false;
        }
        parIndicateur.computeIfAbsent(v.indicateur(), k -> new ArrayList<>()).add(v);
        return true;
    }

    public Optional<ValeurIndicateur> valeur(String indicateur, String region, int annee, SortedMap<String, String> dimensions) {
        return Optional.ofNullable(parCle.get(new ValeurIndicateur.Cle(indicateur, region, annee,
                ValeurIndicateur.texte(dimensions))));
    }

    /** The dimension-free value, if any. */
    public Optional<Double> nombre(String indicateur, String region, int annee) {
        return valeur(indicateur, region, annee, new TreeMap<>()).map(ValeurIndicateur::valeur);
    }

    /** The value for dimensions given as alternating key, code: {@code nombre(id, "28", 2023, "sexe", "F")}. */
    public Optional<Double> nombre(String indicateur, String region, int annee, String... cleValeur) {
        SortedMap<String, String> dims = new TreeMap<>();
        for (int i = 0; i + 1 < cleValeur.length; i += 2) {
            dims.put(cleValeur[i], cleValeur[i + 1]);
        }
        return valeur(indicateur, region, annee, dims).map(ValeurIndicateur::valeur);
    }

    public List<ValeurIndicateur> de(String indicateur) {
        return parIndicateur.getOrDefault(indicateur, List.of());
    }

    /** Values of one indicator for a region and year, sorted by dimensions. */
    public List<ValeurIndicateur> de(String indicateur, String region, int annee) {
        return de(indicateur).stream().filter(v -> v.region().equals(region) && v.annee() == annee)
                .sorted(Comparator.comparing(ValeurIndicateur::dimensionsTexte)).toList();
    }

    public Collection<ValeurIndicateur> toutes() {
        return parCle.values();
    }
}
