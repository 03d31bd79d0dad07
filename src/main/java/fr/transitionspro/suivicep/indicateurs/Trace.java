package fr.transitionspro.suivicep.indicateurs;

import java.util.List;

/** Where a value comes from: its definition, its SQL, the values, and the imports behind them. */
public record Trace(Definition definition, List<String> sql, List<ValeurIndicateur> valeurs, List<String> imports,
        java.util.Set<ValeurIndicateur> masquees) {

    public Trace(Definition definition, List<String> sql, List<ValeurIndicateur> valeurs, List<String> imports) {
        this(definition, sql, valeurs, imports, java.util.Set.of());
    }

    /** The same trace, the values hidden by the disclosure rule printed « s ». */
    public Trace masquer(java.util.Set<ValeurIndicateur> secretes) {
        return new Trace(definition, sql, valeurs, imports, secretes);
    }

    public String enTexte() {
        StringBuilder s = new StringBuilder();
        Definition d = definition;
        s.append(d.id()).append(" — ").append(d.libelle()).append(" (").append(d.unite()).append(")\n");
        s.append("Mesure : ").append(d.mesure());
        if (!d.dependances().isEmpty()) {
            s.append(" de ").append(String.join(", ", d.dependances()));
        }
        s.append("\nChamp : ").append(d.champ() == null ? "" : d.champ()).append('\n');
        if (d.source() != null) {
            s.append("Source : ").append(d.source()).append('\n');
        }
        if (d.filtre() != null) {
            s.append("Filtre : ").append(d.filtre()).append('\n');
        }
        for (String q : sql) {
            s.append("Requête SQL :\n  ").append(q).append('\n');
        }
        s.append("Valeurs :\n");
        if (valeurs.isEmpty()) {
            s.append("  (aucune valeur pour cette région et cette année)\n");
        }
        for (ValeurIndicateur v : valeurs) {
            s.append("  ").append(v.dimensionsTexte().isEmpty() ? "—" : v.dimensionsTexte()).append(" = ")
                    .append(masquees.contains(v) ? "s (secret statistique)" : Export.texte(v.valeur())).append(" (")
                    .append(v.origine()).append(")\n");
        }
        s.append("Imports utilisés :\n");
        if (imports.isEmpty()) {
            s.append("  (aucun)\n");
        }
        imports.forEach(i -> s.append("  ").append(i).append('\n'));
        return s.toString();
    }
}
