package fr.transitionspro.suivicep.rapport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.base.Base;

/**
 * Certification codes have no label list: the dossiers carry the label the source gave, and not
 * always the same one. The report shows the most frequent label of each code (ties: the first
 * in alphabetical order, so that the report does not change from one run to the next).
 */
final class LibellesCertifications {

    private final Map<String, String> parCode;

    private LibellesCertifications(Map<String, String> parCode) {
        this.parCode = parCode;
    }

    static LibellesCertifications lire(Base base) {
        Map<String, String> parCode = new HashMap<>();
        // Labels frozen when their dossiers were purged (conservation.Purge) come first: the report of a
        // purged year keeps the labels it had.
        base.jdbi().useHandle(h -> h.createQuery("SELECT code, libelle FROM libelle_certification_fige")
                .map((rs, ctx) -> Map.entry(rs.getString("code"), rs.getString("libelle")))
                .forEach(e -> parCode.putIfAbsent(e.getKey(), e.getValue())));
        base.jdbi().useHandle(h -> h.createQuery(
                "SELECT certification_visee AS code, libelle_certification AS libelle, COUNT(*) AS n FROM dossier "
                        + "WHERE certification_visee IS NOT NULL AND libelle_certification IS NOT NULL "
                        + "AND TRIM(libelle_certification) <> '' "
                        + "GROUP BY certification_visee, libelle_certification "
                        + "ORDER BY certification_visee, n DESC, libelle_certification")
                .map((rs, ctx) -> Map.entry(rs.getString("code"), rs.getString("libelle")))
                .forEach(e -> parCode.putIfAbsent(e.getKey(), e.getValue().strip())));
        return new LibellesCertifications(parCode);
    }

    static LibellesCertifications aucun() {
        return new LibellesCertifications(Map.of());
    }

    Optional<String> libelle(String code) {
        return Optional.ofNullable(parCode.get(code));
    }
}
