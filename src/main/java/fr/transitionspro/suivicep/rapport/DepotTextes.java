package fr.transitionspro.suivicep.rapport;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import fr.transitionspro.suivicep.base.Base;

/** The live texts stored in the base (table {@code texte_section}, migration V2), per region and year. */
final class DepotTextes {

    private DepotTextes() {
    }

    /** The stored Markdown by section key. */
    static Map<String, String> lire(Base base, String region, int annee) {
        Map<String, String> textes = new LinkedHashMap<>();
        base.jdbi().useHandle(h -> h.createQuery("SELECT cle, markdown FROM texte_section WHERE region = :r AND annee = :a "
                + "ORDER BY cle").bind("r", region).bind("a", annee)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> textes.put(e.getKey(), e.getValue())));
        return textes;
    }

    /** When each stored text was last changed, by section key. */
    static Map<String, LocalDateTime> dates(Base base, String region, int annee) {
        Map<String, LocalDateTime> dates = new LinkedHashMap<>();
        base.jdbi().useHandle(h -> h.createQuery("SELECT cle, modifie_le FROM texte_section WHERE region = :r AND annee = :a "
                + "ORDER BY cle").bind("r", region).bind("a", annee)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toLocalDateTime()))
                .forEach(e -> dates.put(e.getKey(), e.getValue())));
        return dates;
    }

    /**
     * Stores the given texts and removes the texts of {@code retires} (back to their default),
     * in one transaction: either every text changes or none does.
     */
    static void enregistrer(Base base, String region, int annee, Map<String, String> textes, Set<String> retires) {
        LocalDateTime maintenant = LocalDateTime.now();
        base.jdbi().useTransaction(h -> {
            for (String cle : retires) {
                h.createUpdate("DELETE FROM texte_section WHERE region = :r AND annee = :a AND cle = :c")
                        .bind("r", region).bind("a", annee).bind("c", cle).execute();
            }
            for (Map.Entry<String, String> t : textes.entrySet()) {
                h.createUpdate("DELETE FROM texte_section WHERE region = :r AND annee = :a AND cle = :c")
                        .bind("r", region).bind("a", annee).bind("c", t.getKey()).execute();
                h.createUpdate("INSERT INTO texte_section (region, annee, cle, markdown, modifie_le) VALUES (:r, :a, :c, :m, :t)")
                        .bind("r", region).bind("a", annee).bind("c", t.getKey()).bind("m", t.getValue())
                        .bind("t", maintenant).execute();
            }
        });
    }
}
