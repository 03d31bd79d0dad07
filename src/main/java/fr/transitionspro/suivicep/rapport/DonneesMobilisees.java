package fr.transitionspro.suivicep.rapport;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * The files behind the report, as the import journal records them (table {@code tranche}): the
 * introduction lists them so that a reader knows which years of which source the figures use.
 */
final class DonneesMobilisees {

    private static final Map<String, String> TYPES = Map.of(
            "entrees", "Entrées en CEP (AGORA)", "dossiers", "Dossiers Transitions Pro (SI de l'association)",
            "population", "Population active de 15 à 64 ans (INSEE)", "ecarts", "Entrées déclarées par les opérateurs",
            "agregats", "Valeurs reçues ou importées (agrégats)", "actions", "Registre des coopérations : actions",
            "conventions", "Registre des coopérations : conventions", "entretiens", "Entretiens avec les opérateurs CEP",
            "lieux", "Lieux d'accueil des opérateurs CEP");

    private DonneesMobilisees() {
    }

    static List<String> lister(Base base, String region, int debut, int fin) {
        List<String> lignes = new ArrayList<>();
        base.jdbi().useHandle(h -> h.createQuery("SELECT type, MIN(annee) AS debut, MAX(annee) AS fin, SUM(lignes) AS n "
                + "FROM tranche WHERE region = :r AND annee BETWEEN :debut AND :fin GROUP BY type ORDER BY type")
                .bind("r", region).bind("debut", debut).bind("fin", fin)
                .map((rs, ctx) -> TYPES.getOrDefault(rs.getString("type"), rs.getString("type")) + " : "
                        + annees(rs.getInt("debut"), rs.getInt("fin")) + ", " + FormatFrancais.entier(rs.getLong("n")) + " lignes")
                .forEach(lignes::add));
        List<String> autres = base.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT region FROM agregat "
                + "WHERE source = 'echange' AND region <> :r AND annee BETWEEN :debut AND :fin ORDER BY region")
                .bind("r", region).bind("debut", debut).bind("fin", fin).mapTo(String.class).list());
        if (!autres.isEmpty()) {
            lignes.add("Valeurs reçues d'autres associations (échange interrégional) : "
                    + Phrases.enumeration(autres.stream().map(Regions::nom).toList()));
        }
        return lignes;
    }

    private static String annees(int debut, int fin) {
        return debut == fin ? String.valueOf(debut) : debut + " à " + fin;
    }
}
