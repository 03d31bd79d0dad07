package fr.transitionspro.suivicep.rapport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import fr.transitionspro.suivicep.diffusion.Grille;
import fr.transitionspro.suivicep.diffusion.Masque;
import fr.transitionspro.suivicep.diffusion.SecretStatistique;
import fr.transitionspro.suivicep.indicateurs.Catalogue;
import fr.transitionspro.suivicep.indicateurs.Personnes;
import fr.transitionspro.suivicep.indicateurs.Definition;
import fr.transitionspro.suivicep.indicateurs.Ruptures;
import fr.transitionspro.suivicep.indicateurs.ValeurIndicateur;
import fr.transitionspro.suivicep.indicateurs.Valeurs;
import fr.transitionspro.suivicep.referentiel.NomsOperateurs;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * Everything the sections read: the indicator values of the four years shown, the catalogue
 * (labels, scopes, sources), the declared series breaks and the names of the report's year.
 * Lookups return {@link Optional}: a missing value must reach the page as « n.d. ».
 */
final class Donnees {

    /** How many years the series tables show (2020–2023 for the 2023 report). */
    static final int ANNEES_SERIE = 4;

    private final Valeurs valeurs;
    private final Catalogue catalogue;
    private final Ruptures ruptures;
    private final NomsOperateurs noms;
    private final LibellesCertifications certifications;
    private final String region;
    private final int annee;
    /** The values looked up to be printed, in reading order: the quality annex checks what they rest on. */
    private final java.util.Set<ValeurIndicateur> lues = new java.util.LinkedHashSet<>();
    private final Personnes personnes;
    private final SecretStatistique secret;

    Donnees(Valeurs valeurs, Catalogue catalogue, Ruptures ruptures, NomsOperateurs noms,
            LibellesCertifications certifications, String region, int annee) {
        this(valeurs, catalogue, ruptures, noms, certifications, region, annee, Personnes.AUCUNES, SecretStatistique.PAR_DEFAUT);
    }

    /**
     * @param personnes how many people each value rests on
     * @param secret    the disclosure rule of the region's association, applied to every table and live text
     */
    Donnees(Valeurs valeurs, Catalogue catalogue, Ruptures ruptures, NomsOperateurs noms,
            LibellesCertifications certifications, String region, int annee, Personnes personnes, SecretStatistique secret) {
        this.personnes = personnes;
        this.secret = secret;
        this.valeurs = valeurs;
        this.catalogue = catalogue;
        this.ruptures = ruptures;
        this.noms = noms;
        this.certifications = certifications;
        this.region = region;
        this.annee = annee;
    }

    String region() {
        return region;
    }

    int annee() {
        return annee;
    }

    String nomRegion() {
        return Regions.nom(region);
    }

    /** « en Normandie ». */
    String enRegion() {
        return Regions.enRegion(region);
    }

    /** The years of the series, oldest first. */
    List<Integer> annees() {
        return IntStream.rangeClosed(annee - ANNEES_SERIE + 1, annee).boxed().toList();
    }

    // ---- values ----

    Optional<Double> valeur(String id, String region, int annee, String... dimensions) {
        return valeurIndicateur(id, region, annee, dimensions).map(ValeurIndicateur::valeur);
    }

    /** The value itself (with its identity), when one exists; recorded as read, like {@link #valeur}. */
    Optional<ValeurIndicateur> valeurIndicateur(String id, String region, int annee, String... dimensions) {
        SortedMap<String, String> dims = new TreeMap<>();
        for (int i = 0; i + 1 < dimensions.length; i += 2) {
            dims.put(dimensions[i], dimensions[i + 1]);
        }
        Optional<ValeurIndicateur> v = valeurs.valeur(id, region, annee, dims);
        v.ifPresent(lues::add);
        return v;
    }

    /** How many people a value rests on, when known (see {@link Personnes}). */
    Optional<Double> personnes(ValeurIndicateur v) {
        return personnes.de(v);
    }

    /** How many people the group of a share, rate or mean is made of, when known (see {@link Personnes#groupe}). */
    Optional<Double> groupe(ValeurIndicateur v) {
        return personnes.groupe(v);
    }

    /** The disclosure rule of the report. */
    SecretStatistique secret() {
        return secret;
    }

    /**
     * True when the value may not be printed: it rests on fewer people than the rule allows, or the
     * secondary masking of its distribution hides it (a table's column of shares, or of counts, along
     * one of its dimensions): a sentence must not give back what the table hides.
     */
    boolean estSecret(ValeurIndicateur v) {
        if (secret.estSecret(personnes(v).orElse(null))) {
            return true;
        }
        String mesure = mesure(v.indicateur());
        if (v.dimensions().isEmpty() || !(mesure.equals("part") || mesure.equals("part_du_total") || mesure.equals("somme"))) {
            return false;
        }
        for (String cle : v.dimensions().keySet()) {
            List<String> fixes = new ArrayList<>();
            v.dimensions().forEach((k, code) -> {
                if (!k.equals(cle)) {
                    fixes.add(k);
                    fixes.add(code);
                }
            });
            Map<String, Double> visible = secondaires.computeIfAbsent(v.indicateur() + "|" + v.region() + "|" + v.annee() + "|" + cle
                    + "|" + fixes, k -> visible(repartition(false, v.indicateur(), v.region(), v.annee(), cle, fixes.toArray(String[]::new))));
            if (visible.containsKey(v.dimensions().get(cle)) && visible.get(v.dimensions().get(cle)) == null) {
                return true;
            }
        }
        return false;
    }

    /** The distributions already masked, by indicator, region, year, dimension and fixed dimensions. */
    private final Map<String, Map<String, Double>> secondaires = new java.util.HashMap<>();

    /** A value of the report's region and year. */
    Optional<Double> valeur(String id, String... dimensions) {
        return valeur(id, region, annee, dimensions);
    }

    List<ValeurIndicateur> toutes(String id, String region, int annee) {
        List<ValeurIndicateur> liste = valeurs.de(id, region, annee);
        lues.addAll(liste);
        return liste;
    }

    /** The values the sections have read so far, in reading order (each once). */
    List<ValeurIndicateur> lues() {
        return List.copyOf(lues);
    }

    List<ValeurIndicateur> toutes(String id) {
        return valeurs.de(id);
    }

    boolean existe(String id, String region, int annee) {
        return !valeurs.de(id, region, annee).isEmpty();
    }

    /**
     * The categories of a share indicator for fixed dimensions (e.g. {@code operateur=APEC}),
     * keyed by the code of dimension {@code cle}. Empty when the distribution itself is unknown.
     */
    Repartition repartition(String id, String region, int annee, String cle, String... fixes) {
        return repartition(true, id, region, annee, cle, fixes);
    }

    /** @param lire record the values as read (printed): false for the disclosure check of a single value */
    private Repartition repartition(boolean lire, String id, String region, int annee, String cle, String... fixes) {
        SortedMap<String, String> attendues = new TreeMap<>();
        for (int i = 0; i + 1 < fixes.length; i += 2) {
            attendues.put(fixes[i], fixes[i + 1]);
        }
        Repartition parCode = new Repartition();
        for (ValeurIndicateur v : valeurs.de(id, region, annee)) {
            SortedMap<String, String> autres = new TreeMap<>(v.dimensions());
            String code = autres.remove(cle);
            if (code != null && autres.equals(attendues)) {
                if (lire) {
                    lues.add(v);
                }
                parCode.put(code, v.valeur());
                personnes(v).ifPresent(n -> parCode.personnes.put(code, n));
                if (parCode.groupe == null) {
                    parCode.groupe = personnes.groupe(v).orElse(null);
                }
            }
        }
        return parCode;
    }

    /**
     * A distribution: share (or count) by category code, with how many people each rests on; a
     * category absent from a known distribution rests on the whole group (« 0 % of 3 people » says
     * something about each of them).
     */
    static final class Repartition extends LinkedHashMap<String, Double> {
        private final Map<String, Double> personnes = new java.util.HashMap<>();
        private Double groupe;

        Optional<Double> personnes(String code) {
            return Optional.ofNullable(personnes.getOrDefault(code, containsKey(code) ? null : groupe));
        }
    }

    /** The codes of a distribution ordered by decreasing value, ties by code; masked values ({@link #visible}) are left out. */
    static List<Map.Entry<String, Double>> decroissant(Map<String, Double> repartition) {
        List<Map.Entry<String, Double>> liste = new ArrayList<>(repartition.entrySet());
        liste.removeIf(e -> e.getValue() == null);
        liste.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return liste;
    }

    /**
     * A distribution as a chart may show it: the codes the disclosure rule masks map to null (no
     * bar), with the secondary masking of a table's column of shares, so that a chart never gives
     * back what its table hides.
     */
    Map<String, Double> visible(Map<String, Double> repartition) {
        if (!(repartition instanceof Repartition r) || r.isEmpty()) {
            return repartition;
        }
        List<String> codes = new ArrayList<>(r.keySet());
        Grille grille = new Grille();
        for (int i = 0; i < codes.size(); i++) {
            grille.valeur(i, 0, r.get(codes.get(i)), r.personnes(codes.get(i)).orElse(null));
        }
        Masque masque = secret.masquer(grille.colonneAdditive(0));
        Map<String, Double> visible = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            visible.put(codes.get(i), masque.masquee(i, 0) ? null : r.get(codes.get(i)));
        }
        return visible;
    }

    /** A value as a chart may show it: null when missing or masked by the disclosure rule. */
    Double visible(String id, String region, int annee) {
        return valeurIndicateur(id, region, annee).filter(v -> !estSecret(v)).map(ValeurIndicateur::valeur).orElse(null);
    }

    /** The regions (not FM/FR) that have a dimension-free value of one of these indicators in the series. */
    List<String> regionsAvecValeurs(Collection<String> ids) {
        TreeSet<String> codes = new TreeSet<>();
        for (String id : ids) {
            for (ValeurIndicateur v : valeurs.de(id)) {
                if (!Regions.estAgregat(v.region()) && v.dimensions().isEmpty() && annees().contains(v.annee())) {
                    codes.add(v.region());
                }
            }
        }
        return codes.stream().sorted(Comparator.comparing(Regions::nom, java.text.Collator.getInstance(java.util.Locale.FRANCE)))
                .toList();
    }

    // ---- series breaks ----

    /**
     * Why a variation is missing, when a series break of its source is declared between the year
     * and the one before it. {@code idVariation} is a variation indicator such as
     * {@code ptp.dossiers.variation}.
     */
    Optional<String> rupture(String idVariation, int annee) {
        return source(idVariation).flatMap(s -> ruptures.entre(s, annee - 1, annee));
    }

    /** A break of the source between two years, for changes the report computes over several years. */
    Optional<String> ruptureEntre(String source, int debut, int fin) {
        return ruptures.entre(source, debut, fin);
    }

    /** The declared breaks of a source taking effect in the given year. */
    Optional<String> ruptureEn(String source, int annee) {
        return ruptures.entre(source, annee - 1, annee);
    }

    /** The source whose rows an indicator comes from, following derived indicators down to it. */
    Optional<String> source(String id) {
        Optional<Definition> d = catalogue.definition(id);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        if (d.get().source() != null) {
            return Optional.of(d.get().source());
        }
        List<String> dependances = d.get().dependances();
        return dependances.isEmpty() ? Optional.empty() : source(dependances.get(0));
    }

    // ---- labels ----

    String libelle(String id) {
        return catalogue.definition(id).map(Definition::libelle).orElse(id);
    }

    Optional<Definition> definition(String id) {
        return catalogue.definition(id);
    }

    /** The measure of an indicator (catalogue.yaml), empty when unknown. */
    String mesure(String id) {
        return catalogue.definition(id).map(Definition::mesure).orElse("");
    }

    String unite(String id) {
        return catalogue.definition(id).map(Definition::unite).orElse("");
    }

    String champ(String id) {
        return catalogue.definition(id).map(Definition::champ).filter(c -> c != null && !c.isBlank()).orElse(libelle(id));
    }

    /** The operator's name for the report's year (Pôle emploi up to 2023, the configured regional operator…). */
    String operateur(String code) {
        return noms.nom(code, annee);
    }

    /** The most frequent label of a certification code, if the dossiers carry one. */
    Optional<String> libelleCertification(String code) {
        return certifications.libelle(code);
    }
}
