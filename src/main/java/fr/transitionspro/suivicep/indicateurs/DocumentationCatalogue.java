package fr.transitionspro.suivicep.indicateurs;

import java.util.List;

/**
 * The page of the documentation that lists every indicator with its definition, generated from
 * the catalogue itself so that it can never drift from what the engine computes.
 */
public final class DocumentationCatalogue {

    private DocumentationCatalogue() {
    }

    public static String markdown(Catalogue catalogue) {
        StringBuilder s = new StringBuilder();
        s.append("# Catalogue des indicateurs\n\n");
        s.append("Page générée par `suivi-cep catalogue` à partir du catalogue lui-même ")
                .append("(`src/main/resources/indicateurs/catalogue.yaml`) : ne pas la modifier à la main.\n\n");
        s.append("Conventions : chaque effectif est une somme de `effectif` (1 par dossier) ; une part est calculée parmi ")
                .append("les valeurs connues ; les indicateurs `cep.*` sont produits par région, pour FM et pour FR ; ")
                .append("les indicateurs de dossiers par région. Les valeurs sont exportées sans arrondi.\n\n");
        s.append("| Identifiant | Libellé | Unité | Dimensions | Définition | Champ |\n");
        s.append("|---|---|---|---|---|---|\n");
        for (Definition d : catalogue.definitions()) {
            s.append("| `").append(d.id()).append("` | ").append(echapper(d.libelle())).append(" | ").append(d.unite())
                    .append(" | ").append(dimensions(d)).append(" | ").append(echapper(definition(d))).append(" | ")
                    .append(echapper(d.champ() == null ? "" : d.champ())).append(" |\n");
        }
        return s.toString();
    }

    private static String dimensions(Definition d) {
        StringBuilder s = new StringBuilder();
        for (List<String> v : d.variantes()) {
            String dims = v.isEmpty() ? "—" : String.join(", ", v.stream().map(x -> x.split("=")[0]).toList());
            s.append(s.length() > 0 ? " et " : "").append(dims);
        }
        if (d.parOperateur()) {
            s.append(" (+ par opérateur)");
        }
        return s.toString();
    }

    static String definition(Definition d) {
        String filtre = d.filtre() == null ? "" : " ; filtre : `" + d.filtre() + "`";
        String source = d.source() == null ? "" : "source `" + d.source() + "`";
        return switch (d.mesure()) {
            case "somme" -> "effectif pondéré, " + source + filtre;
            case "part" -> "part parmi les valeurs connues, " + source + filtre;
            case "part_du_total" -> "part dans l'ensemble des lignes (inconnues comprises au dénominateur), " + source + filtre;
            case "taux" -> "100 × effectif vérifiant `" + d.numerateur() + "` / effectif, " + source + filtre;
            case "top10.part" -> "10 premières catégories (égalités : code croissant), part parmi les valeurs connues, " + source + filtre;
            case "top10.nombre" -> "10 premières catégories (égalités : code croissant), effectif, " + source + filtre;
            case "moyenne", "mediane", "minimum", "maximum" -> d.mesure() + " de `" + d.colonne() + "`, " + source + filtre;
            case "rapport" -> "100 × `" + d.numerateur() + "` / `" + d.denominateur() + "`";
            case "difference" -> "`" + d.de() + "` − `" + d.moins() + "` (même " + String.join(", ", d.cles()) + ")";
            case "rang" -> "rang de `" + d.de() + "` parmi les régions métropolitaines, 1 = le plus élevé";
            case "variation" -> "100 × (X[année] − X[année−1]) / X[année−1], X = `" + d.de()
                    + "` ; non produite si une rupture de série est déclarée";
            case "aucune" -> "valeur importée uniquement (fichier `agregats`)";
            default -> d.mesure();
        };
    }

    private static String echapper(String s) {
        return s.replace("|", "\\|");
    }
}
