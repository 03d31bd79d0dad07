package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.Nomenclature;

/**
 * The table shapes the dossier sections (PTP, démission-reconversion, VAE, CléA) share: a
 * distribution over the years, a distribution of the report's year, the ages, and the top 10.
 */
final class TableauxDossiers {

    private final Redaction r;
    private final Donnees d;

    TableauxDossiers(Redaction r) {
        this.r = r;
        this.d = r.donnees();
    }

    /** Rows: the categories of the code list; columns: the years of the series. */
    ConstructeurTableau repartitionSerie(String titre, String id, String cle, Nomenclature categories, String enteteLignes) {
        ConstructeurTableau t = new ConstructeurTableau(titre).colonnes(r.colonnesAnnees(enteteLignes));
        ajouterRepartitionSerie(t, id, cle, categories);
        return t.sources(r.sourcesDossiers()).champ(r.champ(id, d.nomRegion(), r.anneesSerie()));
    }

    void ajouterRepartitionSerie(ConstructeurTableau t, String id, String cle, Nomenclature categories) {
        t.repartitionEnColonnes();
        for (String code : categories.codes()) {
            t.ligne(categories.libelle(code), r.serie(a -> Redaction.part(d.repartition(id, d.region(), a, cle), code,
                    Redaction.DECIMALES)));
        }
    }

    /**
     * One column, the report's year. With {@code parValeur}, rows go by decreasing share and only
     * the categories that occur are listed (NAF sections: 21 rows would hide the few that matter).
     */
    ConstructeurTableau repartitionAnnee(String titre, String id, String cle, Nomenclature categories, String enteteLignes,
            boolean parValeur) {
        ConstructeurTableau t = new ConstructeurTableau(titre).colonnes(enteteLignes, "Part en " + d.annee());
        ajouterRepartitionAnnee(t, id, cle, categories, parValeur);
        return t.sources(r.sourcesDossiers()).champ(r.champ(id, d.nomRegion(), r.annee()));
    }

    void ajouterRepartitionAnnee(ConstructeurTableau t, String id, String cle, Nomenclature categories, boolean parValeur) {
        t.repartitionEnColonnes();
        Map<String, Double> repartition = d.repartition(id, d.region(), d.annee(), cle);
        if (parValeur && !repartition.isEmpty()) {
            for (Map.Entry<String, Double> e : Donnees.decroissant(repartition)) {
                t.ligne(categories.libelle(e.getKey()), Redaction.part(repartition, e.getKey(), Redaction.DECIMALES));
            }
        } else {
            for (String code : categories.codes()) {
                t.ligne(categories.libelle(code), Redaction.part(repartition, code, Redaction.DECIMALES));
            }
        }
    }

    /** Mean, median, youngest and oldest over the series, for the indicators {@code <prefixe>.age.*}. */
    void ajouterAges(ConstructeurTableau t, String prefixe) {
        t.groupe("Âge des bénéficiaires (en années)");
        t.ligne("Âge moyen", r.serie(a -> r.nombre(1, prefixe + ".age.moyen", d.region(), a)));
        t.ligne("Âge médian", r.serie(a -> r.nombre(1, prefixe + ".age.median", d.region(), a)));
        t.ligne("Plus jeune", r.serie(a -> r.entier(prefixe + ".age.min", d.region(), a)));
        t.ligne("Plus âgé", r.serie(a -> r.entier(prefixe + ".age.max", d.region(), a)));
    }

    /**
     * The top 10 of a code (ROME, certification) with its count and share, ordered as the engine
     * ranked them (count descending, ties by code). Certifications also show their most frequent label.
     */
    ConstructeurTableau top10(String titre, String idPart, String cle, String enteteCode, boolean avecLibelle) {
        List<String> colonnes = new ArrayList<>(List.of(enteteCode));
        if (avecLibelle) {
            colonnes.add("Intitulé le plus fréquent");
        }
        colonnes.addAll(List.of("Nombre", "Part"));
        ConstructeurTableau t = new ConstructeurTableau(titre).colonnes(colonnes);
        List<ValeurIndicateur> nombres = new ArrayList<>(d.toutes(idPart + ".nombre", d.region(), d.annee()));
        nombres.sort(Comparator.comparingDouble(ValeurIndicateur::valeur).reversed()
                .thenComparing(v -> v.dimensions().getOrDefault(cle, "")));
        for (ValeurIndicateur v : nombres) {
            String code = v.dimensions().get(cle);
            if (code == null || v.dimensions().size() != 1) {
                continue;
            }
            List<Cellule> cellules = new ArrayList<>();
            if (avecLibelle) {
                cellules.add(d.libelleCertification(code).map(Cellule::texte).orElseGet(Cellule::nonDisponible));
            }
            cellules.add(r.entier(v));
            cellules.add(r.pourcentage(Redaction.DECIMALES, idPart, d.region(), d.annee(), cle, code));
            t.ligne(code, cellules);
        }
        return t.sources(r.sourcesDossiers()).champ(r.champ(idPart, d.nomRegion(), r.annee()));
    }

    /** The first {@code n} codes of a top 10, by count. */
    List<Map.Entry<String, Double>> premiers(String idPart, String cle, int n) {
        Map<String, Double> parts = d.repartition(idPart, d.region(), d.annee(), cle);
        List<Map.Entry<String, Double>> ordre = Donnees.decroissant(parts);
        return ordre.subList(0, Math.min(n, ordre.size()));
    }

    /** The youngest and oldest beneficiaries, the mean and median age of the report's year, as live Markdown. */
    String phraseAges(String prefixe, String dispositif) {
        Optional<Double> min = d.valeur(prefixe + ".age.min");
        Optional<Double> max = d.valeur(prefixe + ".age.max");
        Optional<Double> moyen = d.valeur(prefixe + ".age.moyen");
        Optional<Double> median = d.valeur(prefixe + ".age.median");
        List<String> phrases = new ArrayList<>();
        if (min.isPresent() && max.isPresent()) {
            phrases.add("En " + Renvoi.annee() + ", le plus jeune bénéficiaire " + dispositif + " était âgé de "
                    + Renvoi.v(prefixe + ".age.min") + " et le plus âgé de " + Renvoi.v(prefixe + ".age.max") + ".");
        }
        if (moyen.isPresent() && median.isPresent()) {
            phrases.add("L'âge moyen s'élevait à " + Renvoi.v(prefixe + ".age.moyen") + " et l'âge médian à "
                    + Renvoi.v(prefixe + ".age.median") + ".");
        }
        return String.join(" ", phrases);
    }

    /**
     * « « DE Aide-soignant » (RNCP35830) » with the label as a live reference, or the bare code
     * when no label is known.
     */
    String certification(String code) {
        return d.libelleCertification(code).map(l -> Phrases.guillemets(Renvoi.libelle("certification", code)) + " (" + code + ")")
                .orElse(code);
    }
}
