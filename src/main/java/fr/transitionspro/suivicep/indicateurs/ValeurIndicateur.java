package fr.transitionspro.suivicep.indicateurs;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One exported value (indicateurs.md, "Output record"): unrounded; rounding is display only.
 * {@code origine} says where it comes from: "calcul" or "agregat" (imported).
 */
public record ValeurIndicateur(String indicateur, String region, int annee, SortedMap<String, String> dimensions,
        double valeur, String unite, String origine) {

    public ValeurIndicateur {
        dimensions = Collections.unmodifiableSortedMap(new TreeMap<>(dimensions));
    }

    /** {@code key=value} pairs joined by {@code |}, sorted by key (the CSV and agregats layout). */
    public String dimensionsTexte() {
        return texte(dimensions);
    }

    static String texte(SortedMap<String, String> dimensions) {
        return dimensions.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("|"));
    }

    public static SortedMap<String, String> dimensionsDe(String texte) {
        SortedMap<String, String> m = new TreeMap<>();
        if (texte != null && !texte.isEmpty()) {
            for (String paire : texte.split("\\|")) {
                int egal = paire.indexOf('=');
                m.put(paire.substring(0, egal), paire.substring(egal + 1));
            }
        }
        return m;
    }

    Cle cle() {
        return new Cle(indicateur, region, annee, dimensionsTexte());
    }

    /** Identity of a value: what the export may hold only once. */
    record Cle(String indicateur, String region, int annee, String dimensions) {
    }
}
