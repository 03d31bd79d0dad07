package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * What every section writer needs: the data, the table counter, the cells of a value (« n.d. »
 * when it is missing, the motif of a series break instead of a variation) and the « Sources »
 * and « Champ » lines, worded the same way throughout the report.
 */
final class Redaction {

    /** Rates and shares: one decimal, as « 9,9 % » in the reference. */
    static final int DECIMALES = 1;

    private final Donnees d;
    private final TextesVivants textes;
    private final AtomicInteger numerotation = new AtomicInteger();
    private final AtomicInteger numerotationFigures = new AtomicInteger();

    Redaction(Donnees d) {
        this(d, TextesVivants.parDefaut(d));
    }

    Redaction(Donnees d, TextesVivants textes) {
        this.d = d;
        this.textes = textes;
    }

    Donnees donnees() {
        return d;
    }

    SectionEnCours section(String ancre, String numero, String titre, int niveau) {
        return new SectionEnCours(ancre, numero, titre, niveau, numerotation, numerotationFigures, textes, d.secret());
    }

    // ---- cells ----

    // Every cell printed from a value knows how many people it rests on: the table masks it when too few.

    Cellule entier(String id, String region, int annee, String... dimensions) {
        Optional<ValeurIndicateur> v = d.valeurIndicateur(id, region, annee, dimensions);
        return Cellule.entier(v.map(ValeurIndicateur::valeur)).avecPersonnes(v.flatMap(d::personnes));
    }

    /** A count already looked up (a top 10). */
    Cellule entier(ValeurIndicateur v) {
        return Cellule.entier(Optional.of(v.valeur())).avecPersonnes(d.personnes(v));
    }

    Cellule nombre(int decimales, String id, String region, int annee, String... dimensions) {
        Optional<ValeurIndicateur> v = d.valeurIndicateur(id, region, annee, dimensions);
        return Cellule.nombre(v.map(ValeurIndicateur::valeur), decimales).avecPersonnes(v.flatMap(d::personnes));
    }

    Cellule pourcentage(int decimales, String id, String region, int annee, String... dimensions) {
        Optional<ValeurIndicateur> v = d.valeurIndicateur(id, region, annee, dimensions);
        return Cellule.pourcentage(v.map(ValeurIndicateur::valeur), decimales).avecPersonnes(v.flatMap(d::personnes));
    }

    /** The variation, or the motif of the series break that prevents it, or « n.d. ». */
    Cellule variation(String idVariation, String region, int annee) {
        Optional<ValeurIndicateur> valeur = d.valeurIndicateur(idVariation, region, annee);
        Optional<Double> v = valeur.map(ValeurIndicateur::valeur);
        if (v.isPresent()) {
            return Cellule.variation(v, DECIMALES).avecPersonnes(valeur.flatMap(d::personnes));
        }
        return d.rupture(idVariation, annee).map(Cellule::motif).orElseGet(Cellule::nonDisponible);
    }

    /**
     * The cell of a category in a distribution: a category that does not occur in a known
     * distribution is 0 % (indicateurs.md lets the engine omit it); an unknown distribution is « n.d. ».
     */
    static Cellule part(java.util.Map<String, Double> repartition, String code, int decimales) {
        if (repartition.isEmpty()) {
            return Cellule.nonDisponible();
        }
        Cellule c = Cellule.pourcentage(Optional.of(repartition.getOrDefault(code, 0.0)), decimales);
        return repartition instanceof Donnees.Repartition r ? c.avecPersonnes(r.personnes(code)) : c;
    }

    /** One cell per year of the series. */
    List<Cellule> serie(java.util.function.IntFunction<Cellule> parAnnee) {
        return d.annees().stream().map(parAnnee::apply).toList();
    }

    List<String> colonnesAnnees(String premiere) {
        List<String> c = new ArrayList<>();
        c.add(premiere);
        d.annees().forEach(a -> c.add(String.valueOf(a)));
        return c;
    }

    String colonneVariation() {
        return "Évolution " + (d.annee() - 1) + "-" + d.annee();
    }

    /**
     * The sentence of a year-on-year change, as live Markdown: « Par rapport à 2022, <sujet>
     * {{ id | verbe }}. » (« a diminué de 3,2 % »), or, when a series break prevents it, the
     * break's motif; empty when the change is simply unknown.
     */
    Optional<String> phraseEvolution(String sujet, String idVariation, String region, int annee) {
        Optional<Double> v = d.valeur(idVariation, region, annee);
        if (v.isPresent()) {
            List<String> options = new ArrayList<>();
            if (!region.equals(d.region())) {
                options.add("region=" + region);
            }
            if (annee != d.annee()) {
                options.add("annee=" + annee);
            }
            options.add("verbe");
            String precedente = annee == d.annee() ? Renvoi.anneePrecedente() : String.valueOf(annee - 1);
            return Optional.of("Par rapport à " + precedente + ", " + sujet + " " + Renvoi.v(idVariation,
                    options.toArray(String[]::new)) + ".");
        }
        return d.rupture(idVariation, annee).map(m -> "L'évolution " + Phrases.complementDe(sujet) + " par rapport à "
                + (annee - 1) + " n'est pas calculée, une rupture de série étant déclarée : " + Phrases.terminee(m));
    }

    /**
     * The operators (in the order of the code list) that have a value of {@code id} with an
     * {@code operateur} dimension in one of the perimeters and years.
     */
    List<String> operateurs(String id, List<String> perimetres, List<Integer> annees) {
        java.util.Set<String> presents = new java.util.HashSet<>();
        for (ValeurIndicateur v : d.toutes(id)) {
            if (perimetres.contains(v.region()) && annees.contains(v.annee()) && v.dimensions().containsKey("operateur")) {
                presents.add(v.dimensions().get("operateur"));
            }
        }
        return Nomenclatures.OPERATEUR_CEP.codes().stream().filter(presents::contains).toList();
    }

    // ---- « Sources » and « Champ » ----

    String traitement() {
        return "traitement Transitions Pro " + d.nomRegion();
    }

    String sourcesEntrees(String annees) {
        return "AGORA " + annees + " – " + traitement();
    }

    String sourcesDossiers() {
        return "Données du SI Transitions Pro " + d.nomRegion() + " – " + traitement();
    }

    /** Dossier figures of several regions: says which ones were received from the other associations. */
    String sourcesInterregionales(List<String> regions, List<String> ids) {
        List<String> recues = new ArrayList<>();
        for (String r : regions) {
            boolean importee = ids.stream().flatMap(id -> d.toutes(id).stream())
                    .filter(v -> v.region().equals(r) && d.annees().contains(v.annee()))
                    .anyMatch(v -> "agregat".equals(v.origine()));
            if (importee && !r.equals(d.region())) {
                recues.add(Regions.nom(r));
            }
        }
        String noms = regions.stream().map(Regions::nom).collect(Collectors.joining(", "));
        String texte = "Données des SI Transitions Pro (" + noms + ")";
        if (!recues.isEmpty()) {
            texte += " ; valeurs reçues des associations par l'échange interrégional : " + Phrases.enumeration(recues);
        }
        return texte + " – " + traitement();
    }

    /** « Champ : <scope of the catalogue> – <perimeter>, <years> ». */
    String champ(String id, String perimetre, String annees) {
        return d.champ(id) + " – " + perimetre + ", " + annees;
    }

    String anneesSerie() {
        return d.annees().get(0) + "-" + d.annee();
    }

    String annee() {
        return String.valueOf(d.annee());
    }
}
