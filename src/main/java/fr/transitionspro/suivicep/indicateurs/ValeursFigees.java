package fr.transitionspro.suivicep.indicateurs;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import fr.transitionspro.suivicep.base.Base;

/**
 * The values frozen when the detailed rows of a year were purged (table {@code valeur_figee},
 * written by {@code conservation.Purge}): the engine takes them before anything it computes, so a
 * purged year keeps exactly the figures it had.
 */
final class ValeursFigees {

    static final String EFFECTIF = "effectif";

    private ValeursFigees() {
    }

    /** The frozen values of {@code annees} for the indicators in {@code ids}: values, or the effectifs behind them. */
    static List<ValeurIndicateur> lire(Base base, Collection<Integer> annees, Set<String> ids, boolean effectifs) {
        if (annees.isEmpty()) {
            return List.of();
        }
        return base.jdbi().withHandle(h -> h.createQuery("SELECT indicateur, region, annee, dimensions, valeur, unite, origine "
                + "FROM valeur_figee WHERE " + (effectifs ? "" : "NOT ") + "origine = '" + EFFECTIF + "' "
                + "AND annee IN (<annees>) ORDER BY indicateur, region, annee, dimensions")
                .bindList("annees", List.copyOf(annees))
                .map((rs, ctx) -> new ValeurIndicateur(rs.getString("indicateur"), rs.getString("region"), rs.getInt("annee"),
                        ValeurIndicateur.dimensionsDe(rs.getString("dimensions")), rs.getDouble("valeur"), rs.getString("unite"),
                        rs.getString("origine")))
                .list()).stream().filter(v -> ids.contains(v.indicateur())).toList();
    }
}
