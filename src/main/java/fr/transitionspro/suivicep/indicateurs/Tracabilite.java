package fr.transitionspro.suivicep.indicateurs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.referentiel.FormatFrancais;

/**
 * Traces a value back to its definition and to the imports it rests on: for each source the
 * indicator reads (directly or through the indicators it derives from), the journal entries of
 * the slices of the regions it covers, for the year (and the year before, for a variation).
 */
public final class Tracabilite {

    private final Base base;
    private final Catalogue catalogue;

    public Tracabilite(Base base, Catalogue catalogue) {
        this.base = base;
        this.catalogue = catalogue;
    }

    public Trace tracer(String id, String region, int annee) {
        Definition d = catalogue.definition(id).orElseThrow(() -> new IllegalArgumentException(
                "Indicateur « " + id + " » absent du catalogue (voir « suivi-cep catalogue »)"));
        MoteurIndicateurs moteur = new MoteurIndicateurs(base, catalogue);
        List<ValeurIndicateur> valeurs = moteur.calculer(List.of(annee), List.of(region)).stream()
                .filter(v -> v.indicateur().equals(id)).toList();
        Set<String> sources = new LinkedHashSet<>();
        sourcesDe(d, sources);
        Set<Integer> annees = new LinkedHashSet<>(List.of(annee));
        if (d.mesure().equals("variation")) {
            annees.add(annee - 1);
        }
        List<String> imports = new ArrayList<>();
        for (String source : sources) {
            for (int a : annees) {
                imports.addAll(imports(source, region, a));
            }
        }
        if (valeurs.stream().anyMatch(v -> v.origine().equals("agregat"))) {
            for (int a : annees) {
                imports.addAll(imports("agregats", region, a));
            }
        }
        return new Trace(d, moteur.sql(d, List.of(annee)), valeurs, imports);
    }

    private void sourcesDe(Definition d, Set<String> sources) {
        if (d.source() != null && !d.estImporteeSeulement()) {
            sources.add(d.source());
        }
        for (String dep : d.dependances()) {
            sourcesDe(catalogue.definition(dep).orElseThrow(), sources);
        }
    }

    /** Journal entries of the slices of a source type for the regions a perimeter covers. */
    private List<String> imports(String type, String region, int annee) {
        return base.jdbi().withHandle(h -> h.createQuery(
                "SELECT t.type, t.region, t.annee, t.lignes, j.id, j.horodatage, j.fichier, j.sha256 FROM tranche t "
                        + "JOIN journal_import j ON j.id = t.import_id "
                        + "WHERE t.type = :type AND t.annee = :a AND (t.region = :r OR t.region IN "
                        + "(SELECT region FROM perimetre_region WHERE perimetre = :r)) ORDER BY t.region")
                .bind("type", type).bind("a", annee).bind("r", region)
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + "/" + rs.getInt(3) + " : " + FormatFrancais.entier(rs.getLong(4))
                        + " lignes, import #" + rs.getLong(5) + " du " + rs.getTimestamp(6).toLocalDateTime().withNano(0)
                        + ", fichier " + rs.getString(7) + ", SHA-256 " + rs.getString(8))
                .list());
    }
}
