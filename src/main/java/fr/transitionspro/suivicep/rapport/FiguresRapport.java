package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.rapport.Graphique.Genre;
import fr.transitionspro.suivicep.rapport.Graphique.Serie;
import fr.transitionspro.suivicep.referentiel.Nomenclature;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * The report's charts, read from the same values as the tables they stand beside, with the
 * sentence of main figures that starts their text alternative. Every number goes through
 * {@link Phrases} or {@link Graphique#formater}: French typography, nothing typed by hand.
 */
final class FiguresRapport {

    /** Longest category label of a top 10 (code and certification title); the table has the full one. */
    private static final int LIBELLE_MAX = 48;

    private final Redaction r;
    private final Donnees d;

    FiguresRapport(Redaction r) {
        this.r = r;
        this.d = r.donnees();
    }

    // ---- 1.1 take-up rate and operators ----

    /** The map of the take-up rate of every region with a value, with its small data table. */
    ProjetFigure carteTauxRecours() {
        int annee = d.annee();
        Map<String, Double> taux = new LinkedHashMap<>();
        for (ValeurIndicateur v : d.toutes("cep.taux_recours")) {
            if (v.annee() == annee && v.dimensions().isEmpty() && !Regions.estAgregat(v.region())) {
                taux.put(v.region(), v.valeur());
            }
        }
        if (taux.isEmpty()) {
            return null;
        }
        int dec = Redaction.DECIMALES;
        List<Map.Entry<String, Double>> ordre = Donnees.decroissant(taux);
        List<List<String>> lignes = new ArrayList<>();
        for (Map.Entry<String, Double> e : ordre) {
            lignes.add(List.of(Regions.nom(e.getKey()), Phrases.pourcentage(e.getValue(), dec)));
        }
        Map.Entry<String, Double> premiere = ordre.get(0);
        Map.Entry<String, Double> derniere = ordre.get(ordre.size() - 1);
        String resume = "Carte des régions de France colorées selon leur taux de recours au CEP en " + annee + ", de "
                + Phrases.pourcentage(derniere.getValue(), dec) + " (" + Regions.nom(derniere.getKey()) + ") à "
                + Phrases.pourcentage(premiere.getValue(), dec) + " (" + Regions.nom(premiere.getKey()) + ")"
                + Optional.ofNullable(taux.get(d.region())).map(v -> " ; " + d.nomRegion() + " : " + Phrases.pourcentage(v, dec))
                        .orElse("") + ".";
        CarteRegions carte = new CarteRegions(taux, d.region(), dec, "Taux de recours au CEP en " + annee);
        return new ProjetFigure("Taux de recours au CEP en " + annee + " par région", carte, resume,
                r.sourcesEntrees(r.annee()) + " ; INSEE, population active de 15 à 64 ans",
                r.champ("cep.taux_recours", "régions disponibles", r.annee()),
                new Figure.TableauDeDonnees(List.of("Région", "Taux de recours"), lignes));
    }

    /** The operators' shares of the new entries, the region beside France métropolitaine. */
    ProjetFigure entreesParOperateur() {
        int annee = d.annee();
        Map<String, Double> region = d.visible(d.repartition("cep.entrees.part", d.region(), annee, "operateur"));
        Map<String, Double> fm = d.visible(d.repartition("cep.entrees.part", Regions.FM, annee, "operateur"));
        // The region's operators by decreasing share, then those present in France métropolitaine only (« n.d. » here).
        List<String> operateurs = new ArrayList<>(Donnees.decroissant(region).stream().map(Map.Entry::getKey).toList());
        Donnees.decroissant(fm).stream().map(Map.Entry::getKey).filter(o -> !operateurs.contains(o)).forEach(operateurs::add);
        List<String> categories = operateurs.stream().map(d::operateur).toList();
        List<Serie> series = new ArrayList<>();
        series.add(new Serie(d.nomRegion(), operateurs.stream().map(region::get).toList()));
        if (!fm.isEmpty()) {
            series.add(new Serie(Regions.nom(Regions.FM), operateurs.stream().map(fm::get).toList()));
        }
        Graphique g = new Graphique(Genre.BARRES, categories, series, true, Redaction.DECIMALES);
        List<String> parts = new ArrayList<>();
        for (String o : operateurs) {
            parts.add(d.operateur(o) + " " + valeurOuNd(g, region.get(o)) + (fm.get(o) != null ? " (France métropolitaine : "
                    + g.formater(fm.get(o)) + ")" : ""));
        }
        return new ProjetFigure("Répartition par opérateur des nouvelles entrées en CEP en " + annee, g,
                "Part de chaque opérateur dans les nouvelles entrées en CEP en " + annee + " " + d.enRegion() + " : "
                        + Phrases.enumeration(parts) + ".",
                r.sourcesEntrees(r.annee()), r.champ("cep.entrees.part", d.nomRegion() + " et France métropolitaine", r.annee()),
                null);
    }

    // ---- 1.2 and 1.3 profiles by operator ----

    /**
     * A distribution by operator stacked to 100 %: one bar per operator, then all operators of the
     * region and of France métropolitaine, as the table lists them.
     */
    ProjetFigure profilParOperateur(String titre, RepartitionParOperateur repartition, String id, Nomenclature categories,
            int decimales, boolean avecFranceMetropolitaine) {
        List<String> lignes = new ArrayList<>();
        List<Map<String, Double>> distributions = new ArrayList<>();
        for (String o : repartition.operateurs()) {
            lignes.add(d.operateur(o));
            distributions.add(d.visible(repartition.repartition(o)));
        }
        lignes.add("Ensemble – " + d.nomRegion());
        distributions.add(d.visible(repartition.ensemble(d.region())));
        if (avecFranceMetropolitaine) {
            lignes.add("Ensemble – " + Regions.nom(Regions.FM));
            distributions.add(d.visible(repartition.ensemble(Regions.FM)));
        }
        List<Serie> series = new ArrayList<>();
        for (String code : categories.codes()) {
            boolean presente = distributions.stream().anyMatch(m -> m.get(code) != null && m.get(code) > 0);
            if (presente) {
                // A masked share (null) draws no segment; an absent category is 0 %.
                series.add(new Serie(categories.libelle(code), distributions.stream()
                        .map(m -> m.isEmpty() ? null : m.containsKey(code) ? m.get(code) : Double.valueOf(0.0)).toList()));
            }
        }
        Graphique g = new Graphique(Genre.EMPILEES, lignes, series, true, decimales);
        List<String> principales = repartition.principalesEnClair(decimales);
        String resume = "Barres empilées à 100\u00a0%, " + Phrases.guillemets(titre) + ". "
                + (principales.isEmpty() ? "Aucune répartition n'est disponible."
                        : "Catégorie la plus fréquente selon l'opérateur : " + String.join(" ; ", principales) + ".");
        return new ProjetFigure(titre, g, resume, r.sourcesEntrees(r.annee()),
                r.champ(id, d.nomRegion() + (avecFranceMetropolitaine ? " et France métropolitaine" : ""),
                        r.annee()), null);
    }

    // ---- 2. dossier series and distributions ----

    /** Dossier counts over the series' years, one colour per line of the table: pairs of indicator id and label. */
    ProjetFigure serieDossiers(String titre, String... idsEtLibelles) {
        Map<String, String> libellesParId = new LinkedHashMap<>();
        for (int i = 0; i + 1 < idsEtLibelles.length; i += 2) {
            libellesParId.put(idsEtLibelles[i], idsEtLibelles[i + 1]);
        }
        List<String> annees = d.annees().stream().map(String::valueOf).toList();
        List<Serie> series = new ArrayList<>();
        libellesParId.forEach((id, libelle) -> series.add(new Serie(libelle,
                d.annees().stream().map(a -> d.visible(id, d.region(), a)).toList())));
        Graphique g = new Graphique(Genre.COLONNES, annees, series, false, 0);
        List<String> parAnnee = new ArrayList<>();
        for (int i : List.of(0, annees.size() - 1)) {
            List<String> valeurs = new ArrayList<>();
            for (Serie s : series) {
                valeurs.add(minuscule(s.nom()) + " : " + valeurOuNd(g, s.valeurs().get(i)));
            }
            parAnnee.add("en " + annees.get(i) + ", " + String.join(", ", valeurs));
        }
        String resume = "Histogramme " + Phrases.guillemets(titre) + " " + d.enRegion() + " : " + String.join(" ; ", parAnnee)
                + ".";
        String premier = libellesParId.keySet().iterator().next();
        return new ProjetFigure(titre, g, resume, r.sourcesDossiers(), r.champ(premier, d.nomRegion(), r.anneesSerie()), null);
    }

    /** The shares of one distribution of the report's year, in the order of the code list (levels). */
    ProjetFigure repartitionAnnee(String titre, String id, String cle, Nomenclature categories) {
        Map<String, Double> repartition = d.visible(d.repartition(id, d.region(), d.annee(), cle));
        if (repartition.isEmpty()) {
            return null;
        }
        List<String> libelles = categories.codes().stream().map(categories::libelle).toList();
        List<Double> valeurs = categories.codes().stream().map(c -> repartition.containsKey(c) ? repartition.get(c)
                : Double.valueOf(0.0)).toList();
        Graphique g = new Graphique(Genre.COLONNES, libelles, List.of(new Serie(titre, valeurs)), true, Redaction.DECIMALES);
        if (Donnees.decroissant(repartition).isEmpty()) {
            return null;
        }
        Map.Entry<String, Double> premiere = Donnees.decroissant(repartition).get(0);
        String resume = "Histogramme " + Phrases.guillemets(titre) + ". La catégorie la plus fréquente est "
                + Phrases.guillemets(categories.libelle(premiere.getKey())) + " (" + g.formater(premiere.getValue()) + ").";
        return new ProjetFigure(titre, g, resume, r.sourcesDossiers(), r.champ(id, d.nomRegion(), r.annee()), null);
    }

    /** The ten most frequent codes (ROME, certifications) as lying bars, count and share on each. */
    ProjetFigure top10(String titre, String idPart, String cle, boolean avecLibelle) {
        List<ValeurIndicateur> nombres = new ArrayList<>(d.toutes(idPart + ".nombre", d.region(), d.annee()));
        // A top 10 is not additive: only the codes resting on too few people are left out.
        nombres.removeIf(v -> v.dimensions().size() != 1 || !v.dimensions().containsKey(cle) || d.estSecret(v));
        nombres.sort(Comparator.comparingDouble(ValeurIndicateur::valeur).reversed()
                .thenComparing(v -> v.dimensions().get(cle)));
        if (nombres.isEmpty()) {
            return null;
        }
        List<String> categories = new ArrayList<>();
        List<Double> valeurs = new ArrayList<>();
        List<String> etiquettes = new ArrayList<>();
        for (ValeurIndicateur v : nombres) {
            String code = v.dimensions().get(cle);
            String libelle = avecLibelle ? d.libelleCertification(code).map(l -> code + " – " + l).orElse(code) : code;
            categories.add(libelle.length() > LIBELLE_MAX ? libelle.substring(0, LIBELLE_MAX - 1).strip() + "…" : libelle);
            valeurs.add(v.valeur());
            Optional<Double> part = d.valeur(idPart, d.region(), d.annee(), cle, code);
            etiquettes.add(Phrases.nombre(v.valeur()) + part.map(p -> " (" + Phrases.pourcentage(p, Redaction.DECIMALES) + ")")
                    .orElse(""));
        }
        Graphique g = new Graphique(Genre.BARRES, categories, List.of(new Serie("Nombre", valeurs, etiquettes)), false, 0);
        List<String> premiers = new ArrayList<>();
        for (int i = 0; i < Math.min(3, categories.size()); i++) {
            premiers.add(categories.get(i) + " : " + etiquettes.get(i));
        }
        String resume = "Barres horizontales classées par nombre décroissant, " + Phrases.guillemets(titre)
                + ". Les trois premiers : " + String.join(" ; ", premiers) + ".";
        return new ProjetFigure(titre, g, resume, r.sourcesDossiers(), r.champ(idPart, d.nomRegion(), r.annee()), null);
    }

    // ---- 3. interregional comparisons ----

    /** One group of bars per region, one bar per year: the regions' series of the table beside. */
    ProjetFigure interregional(String titre, String id, List<String> regions) {
        List<String> noms = regions.stream().map(Regions::nom).toList();
        List<Serie> series = new ArrayList<>();
        for (int a : d.annees()) {
            series.add(new Serie(String.valueOf(a), regions.stream().map(c -> d.visible(id, c, a)).toList()));
        }
        Genre genre = regions.size() > 6 ? Genre.BARRES : Genre.COLONNES;
        Graphique g = new Graphique(genre, noms, series, false, 0);
        List<String> valeurs = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            valeurs.add(noms.get(i) + " " + valeurOuNd(g, series.get(series.size() - 1).valeurs().get(i)));
        }
        String resume = "Histogramme " + Phrases.guillemets(titre + ", " + r.anneesSerie()) + ". En " + d.annee() + " : "
                + Phrases.enumeration(valeurs) + ".";
        return new ProjetFigure(titre + ", " + r.anneesSerie(), g, resume, r.sourcesInterregionales(regions, List.of(id)),
                r.champ(id, regions.size() > 1 ? "régions disponibles" : d.nomRegion(), r.anneesSerie()), null);
    }

    private static String minuscule(String texte) {
        return texte.isEmpty() ? texte : Character.toLowerCase(texte.charAt(0)) + texte.substring(1);
    }

    private static String valeurOuNd(Graphique g, Double valeur) {
        return valeur == null ? Cellule.NON_DISPONIBLE : g.formater(valeur);
    }
}
