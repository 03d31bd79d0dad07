package fr.transitionspro.suivicep.indicateurs;

import java.util.Map;
import java.util.Optional;

/**
 * Declared series breaks (indicateurs.md, "Series breaks"): a break of a source at year B means
 * its figures before B are not comparable with B and after. Key: source + "|" + year.
 */
public record Ruptures(Map<String, String> motifs) {

    /** The breaks declared in the base (table {@code rupture_serie}). */
    public static Ruptures lire(fr.transitionspro.suivicep.base.Base base) {
        Map<String, String> motifs = new java.util.HashMap<>();
        base.jdbi().useHandle(h -> h.createQuery("SELECT source, annee, motif FROM rupture_serie")
                .map((rs, ctx) -> Map.entry(rs.getString("source") + "|" + rs.getInt("annee"), rs.getString("motif")))
                .forEach(e -> motifs.put(e.getKey(), e.getValue())));
        return new Ruptures(motifs);
    }

    public Optional<String> entre(String source, int anneePrecedente, int annee) {
        for (int b = anneePrecedente + 1; b <= annee; b++) {
            String motif = motifs.get(source + "|" + b);
            if (motif != null) {
                return Optional.of(motif);
            }
        }
        return Optional.empty();
    }
}
