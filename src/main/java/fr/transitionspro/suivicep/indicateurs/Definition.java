package fr.transitionspro.suivicep.indicateurs;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One declaration of the catalogue, as written in YAML (see catalogue.yaml for the meaning of
 * each field). Parameters that a measure does not use are null.
 */
public record Definition(String id, String libelle, String unite, String source, String champ, String filtre,
        List<String> dimensions, List<List<String>> variantes, @JsonProperty("par_operateur") boolean parOperateur,
        String mesure, String numerateur, String denominateur, String colonne, String de, String moins, List<String> cles) {

    public Definition {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        variantes = variantes == null ? List.of(dimensions) : variantes.stream().map(List::copyOf).toList();
        cles = cles == null ? List.of() : List.copyOf(cles);
    }

    /** Measures computed from other indicators' values rather than from a source's rows. */
    public boolean estDerivee() {
        return Map.of("rapport", 1, "difference", 1, "rang", 1, "variation", 1).containsKey(mesure);
    }

    public boolean estImporteeSeulement() {
        return "aucune".equals(mesure);
    }

    /** The indicators this one is computed from (empty for a measure on rows). */
    public List<String> dependances() {
        return switch (mesure) {
            case "rapport" -> List.of(numerateur, denominateur);
            case "difference" -> List.of(de, moins);
            case "rang", "variation" -> List.of(de);
            default -> List.of();
        };
    }
}
