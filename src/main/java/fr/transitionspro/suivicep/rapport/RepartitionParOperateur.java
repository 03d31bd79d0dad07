package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.transitionspro.suivicep.referentiel.Nomenclature;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * A CEP profile table (sex, age band, level, situation, objective): one distribution per
 * operator of the region, then all operators of the region and of France métropolitaine.
 * Operators whose distribution is unknown are left out and named in the « Champ », as the
 * reference does (« hors Cap emploi et Pôle emploi »).
 */
final class RepartitionParOperateur {

    private final Redaction r;
    private final Donnees d;
    private final String id;
    private final String cle;
    private final Nomenclature categories;

    RepartitionParOperateur(Redaction r, String id, String cle, Nomenclature categories) {
        this.r = r;
        this.d = r.donnees();
        this.id = id;
        this.cle = cle;
        this.categories = categories;
    }

    /** Operators of the region that have entries, in code-list order. */
    List<String> operateursAvecEntrees() {
        return r.operateurs("cep.entrees", List.of(d.region()), List.of(d.annee()));
    }

    /** Operators of the region whose distribution is known. */
    List<String> operateurs() {
        return r.operateurs(id, List.of(d.region()), List.of(d.annee())).stream()
                .filter(o -> !repartition(o).isEmpty()).toList();
    }

    /** Operators with entries but without this distribution: the exclusions of the scope. */
    List<String> exclus() {
        List<String> avec = operateurs();
        return operateursAvecEntrees().stream().filter(o -> !avec.contains(o)).toList();
    }

    Map<String, Double> repartition(String operateur) {
        return d.repartition(id, d.region(), d.annee(), cle, "operateur", operateur);
    }

    Map<String, Double> ensemble(String perimetre) {
        return d.repartition(id, perimetre, d.annee(), cle);
    }

    /** Rows: the operators' categories as columns (the CEP profile tables). */
    ConstructeurTableau tableau(String titre, int decimales, String champPerimetre) {
        List<String> colonnes = new ArrayList<>();
        colonnes.add("Opérateur");
        categories.codes().forEach(c -> colonnes.add(categories.libelle(c)));
        ConstructeurTableau t = new ConstructeurTableau(titre).colonnes(colonnes).repartitionEnLignes();
        for (String o : operateurs()) {
            t.ligne(d.operateur(o), cellules(repartition(o), decimales));
        }
        t.ligneEnValeur("Ensemble – " + d.nomRegion(), cellules(ensemble(d.region()), decimales));
        t.ligne("Ensemble – " + Regions.nom(Regions.FM), cellules(ensemble(Regions.FM), decimales));
        t.sources(r.sourcesEntrees(r.annee())).champ(champ(champPerimetre));
        return t;
    }

    /** Rows: the categories; columns: the operators (the objectives table of the reference). */
    ConstructeurTableau tableauTranspose(String titre, String enteteLignes, int decimales, String champPerimetre) {
        List<String> operateurs = operateurs();
        List<String> colonnes = new ArrayList<>();
        colonnes.add(enteteLignes);
        operateurs.forEach(o -> colonnes.add(d.operateur(o)));
        colonnes.add("Ensemble");
        ConstructeurTableau t = new ConstructeurTableau(titre).colonnes(colonnes).repartitionEnColonnes();
        for (String code : categories.codes()) {
            List<Cellule> cellules = new ArrayList<>();
            operateurs.forEach(o -> cellules.add(Redaction.part(repartition(o), code, decimales)));
            cellules.add(Redaction.part(ensemble(d.region()), code, decimales));
            t.ligne(categories.libelle(code), cellules);
        }
        t.sources(r.sourcesEntrees(r.annee())).champ(champ(champPerimetre));
        return t;
    }

    private List<Cellule> cellules(Map<String, Double> repartition, int decimales) {
        return categories.codes().stream().map(c -> Redaction.part(repartition, c, decimales)).toList();
    }

    private String champ(String perimetre) {
        String texte = r.champ(id, perimetre, r.annee());
        List<String> exclus = exclus();
        if (!exclus.isEmpty()) {
            texte += " (hors " + Phrases.enumeration(exclus.stream().map(d::operateur).toList())
                    + " : donnée non renseignée)";
        }
        return texte;
    }

    /**
     * « - Missions locales : « 18 à 29 ans » (52,1 %) » for each operator, the most frequent
     * category, as the live Markdown list of a default text.
     */
    String categoriesPrincipales(int decimales) {
        List<String> elements = new ArrayList<>();
        for (String o : operateurs()) {
            List<Map.Entry<String, Double>> ordre = Donnees.decroissant(repartition(o));
            Map.Entry<String, Double> e = ordre.get(0);
            List<String> options = new ArrayList<>(List.of("operateur=" + o, cle + "=" + e.getKey()));
            if (decimales != Redaction.DECIMALES) {
                options.add("decimales=" + decimales);
            }
            elements.add("- " + Renvoi.operateur(o) + " : " + Phrases.guillemets(Renvoi.libelle(cle, e.getKey())) + " ("
                    + Renvoi.v(id, options.toArray(String[]::new)) + ")");
        }
        return String.join("\n", elements);
    }

    /** The most frequent category of each operator as plain French phrases, for a chart's text alternative. */
    List<String> principalesEnClair(int decimales) {
        List<String> phrases = new ArrayList<>();
        for (String o : operateurs()) {
            Map.Entry<String, Double> e = Donnees.decroissant(repartition(o)).get(0);
            phrases.add(d.operateur(o) + " : " + Phrases.guillemets(categories.libelle(e.getKey())) + " ("
                    + Phrases.pourcentage(e.getValue(), decimales) + ")");
        }
        return phrases;
    }
}
