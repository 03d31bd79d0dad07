package fr.transitionspro.suivicep.indicateurs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.indicateurs.Catalogue.Dimension;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * The one engine that reads the catalogue: each measure on rows becomes one SQL query
 * ({@link RequeteSql}); measures on other indicators (ratio, difference, rank, variation) are
 * computed from values already obtained; imported {@code agregats} fill what the detailed files
 * do not produce (a computed value always takes precedence).
 */
public final class MoteurIndicateurs {

    private final Base base;
    private final Catalogue catalogue;
    private final CacheIndicateurs cache;

    /** An engine whose cache lives as long as it does, backed by the base's cache table. */
    public MoteurIndicateurs(Base base, Catalogue catalogue) {
        this(base, catalogue, new CacheIndicateurs(base, catalogue));
    }

    /** An engine on a long-lived cache (the server's): it must serve the same catalogue. */
    public MoteurIndicateurs(Base base, Catalogue catalogue, CacheIndicateurs cache) {
        this.base = base;
        this.catalogue = catalogue;
        this.cache = cache;
    }

    /**
     * Every indicator of the catalogue for the given years. {@code regions} empty = every region
     * present plus FM and FR; otherwise only those codes are returned (the others are still
     * computed when a rank needs them).
     */
    public List<ValeurIndicateur> calculer(Collection<Integer> annees, Collection<String> regions) {
        Set<Integer> voulues = Set.copyOf(annees);
        return choisir(toutCalculer(annees), v -> voulues.contains(v.annee()), regions);
    }

    /**
     * The values of one year to be exported under the disclosure rule ({@link Diffusion#masquees}) and those of the
     * year before, which the rule reads to know how many people a variation rests on, in the order of
     * {@link #calculer}: what {@code calculer([annee − 1, annee])} returns, but when every variation is of a value
     * computed without variation (the standard catalogue), the year before is computed only as far as the rule reads
     * it (its own variations, which need the year before it, are left out): two years of rows are read, not three.
     */
    public List<ValeurIndicateur> calculerPourDiffusion(int annee, Collection<String> regions) {
        List<Integer> annees = catalogue.anteriorite() <= 1 ? List.of(annee) : List.of(annee - 1, annee);
        return choisir(toutCalculer(annees), v -> v.annee() == annee || v.annee() == annee - 1, regions);
    }

    private static List<ValeurIndicateur> choisir(List<ValeurIndicateur> toutes, java.util.function.Predicate<ValeurIndicateur> annee,
            Collection<String> regions) {
        Set<String> voulues = new LinkedHashSet<>(regions);
        return toutes.stream().filter(v -> annee.test(v) && (voulues.isEmpty() || voulues.contains(v.region()))).toList();
    }

    /**
     * Every value derived for the years asked: those years and, for each, the year before (a variation reads it),
     * all regions, FM and FR, in the catalogue's order; kept in memory for the same data.
     */
    private List<ValeurIndicateur> toutCalculer(Collection<Integer> annees) {
        Set<Integer> utiles = new TreeSet<>();
        for (int a : annees) {
            utiles.add(a);
            utiles.add(a - 1);
        }
        EmpreintesDonnees empreintes = EmpreintesDonnees.lire(base, utiles);
        Ruptures ruptures = Ruptures.lire(base);
        String cle = new TreeSet<>(annees) + "|" + empreintes.globale() + "|" + new TreeMap<>(ruptures.motifs());
        return cache.resultat(cle).orElseGet(() -> {
            List<ValeurIndicateur> r = toutCalculer(utiles, empreintes, ruptures);
            cache.garderResultat(cle, r);
            return r;
        });
    }

    private List<ValeurIndicateur> toutCalculer(Set<Integer> utiles, EmpreintesDonnees empreintes, Ruptures ruptures) {
        Map<String, List<ValeurIndicateur>> parSql = cache.valeurs(empreintes, this::parSql);
        Map<String, List<ValeurIndicateur>> agregats = agregats(utiles);
        Valeurs valeurs = new Valeurs();
        // Years whose detail was purged keep the values computed before the purge: first in, they win.
        ValeursFigees.lire(base, utiles, catalogue.ids(), false).forEach(valeurs::ajouter);
        for (Definition d : catalogue.ordreDeCalcul()) {
            List<ValeurIndicateur> calculees = d.estImporteeSeulement() ? List.of()
                    : d.estDerivee() ? new Derivation(d, valeurs, ruptures, catalogue).calculer()
                    : ordonnees(parSql.getOrDefault(d.id(), List.of()));
            calculees.forEach(valeurs::ajouter);
            for (ValeurIndicateur importee : agregats.getOrDefault(d.id(), List.of())) {
                valeurs.ajouter(new ValeurIndicateur(d.id(), importee.region(), importee.annee(), importee.dimensions(),
                        importee.valeur(), d.unite(), "agregat"));
            }
        }
        Map<String, Integer> rang = new HashMap<>();
        List<Definition> ordre = catalogue.definitions();
        for (int i = 0; i < ordre.size(); i++) {
            rang.put(ordre.get(i).id(), i);
        }
        return valeurs.toutes().stream()
                .filter(v -> utiles.contains(v.annee()))
                .sorted(Comparator.comparing((ValeurIndicateur v) -> rang.get(v.indicateur()))
                        .thenComparing(v -> ordreRegion(v.region())).thenComparing(ValeurIndicateur::annee)
                        .thenComparing(ValeurIndicateur::dimensionsTexte))
                .toList();
    }

    /** Values of one indicator in a stable order whatever the perimeters they were cached with. */
    private static List<ValeurIndicateur> ordonnees(List<ValeurIndicateur> valeurs) {
        List<ValeurIndicateur> triees = new ArrayList<>(valeurs);
        triees.sort(Comparator.comparing((ValeurIndicateur v) -> ordreRegion(v.region())).thenComparing(ValeurIndicateur::annee)
                .thenComparing(ValeurIndicateur::dimensionsTexte));
        return triees;
    }

    /** The cache this engine reads and fills. */
    CacheIndicateurs cache() {
        return cache;
    }

    /** Region codes first, then FM, then FR. */
    private static String ordreRegion(String code) {
        return Regions.estAgregat(code) ? "~" + (code.equals(Regions.FM) ? "1" : "2") : code;
    }

    /**
     * Every indicator computed from rows, for some perimeters (empty = all) and years, and the sample size of
     * each of them that rests on one ({@link #effectifs}, origin « effectif »): the disclosure rule needs both, and
     * most sample sizes come out of the value's own query, so that the rows are read once (see {@link #requetes}).
     */
    private List<ValeurIndicateur> parSql(Set<String> perimetres, Set<Integer> annees) {
        List<ValeurIndicateur> resultat = new ArrayList<>();
        for (Definition d : catalogue.definitions()) {
            if (d.estDerivee() || d.estImporteeSeulement()) {
                continue;
            }
            Source source = catalogue.source(d.source());
            boolean effectifJoint = RequeteSql.EFFECTIF_DANS_LA_REQUETE.contains(d.mesure());
            for (List<Dimension> dims : variantes(d, source)) {
                String sql = RequeteSql.pour(d, source, dims, annees, perimetres, effectifJoint);
                base.jdbi().useHandle(h -> h.createQuery(sql).map((rs, ctx) -> {
                    ValeurIndicateur v = lire(d, dims, rs);
                    return effectifJoint ? List.of(v, effectif(v, rs.getDouble("effectif"))) : List.of(v);
                }).forEach(resultat::addAll));
                if (!effectifJoint && RequeteSql.MESURES_SUR_EFFECTIF.contains(d.mesure())) {
                    resultat.addAll(effectifsSql(d, source, dims, perimetres, annees));
                }
            }
        }
        return resultat;
    }

    /** A sample size, keyed like the value it describes. */
    private static ValeurIndicateur effectif(ValeurIndicateur v, double personnes) {
        return new ValeurIndicateur(v.indicateur(), v.region(), v.annee(), v.dimensions(), personnes, "nombre", "effectif");
    }

    /** The declared dimension variants, each also per operator when the declaration asks. */
    List<List<Dimension>> variantes(Definition d, Source source) {
        List<List<Dimension>> variantes = new ArrayList<>();
        for (List<String> declarees : d.variantes()) {
            List<Dimension> dims = declarees.stream().map(catalogue::expression).toList();
            variantes.add(dims);
            if (d.parOperateur()) {
                List<Dimension> parOperateur = new ArrayList<>();
                parOperateur.add(new Dimension("operateur", source.operateur()));
                parOperateur.addAll(dims);
                variantes.add(parOperateur);
            }
        }
        return variantes;
    }

    /**
     * For every share, rate or mean of the catalogue computed from rows, how many people it rests
     * on (see {@link RequeteSql#effectif}): one value per computed value, with the same indicator
     * id, region, year and dimensions, unit {@code nombre} and origin {@code effectif}. The quality
     * annex uses them to flag figures resting on few people; imported values have none.
     */
    public List<ValeurIndicateur> effectifs(Collection<Integer> annees) {
        return effectifs(annees, catalogue.ids());
    }

    /** The same, for some indicators only (those a report printed): each costs one query per variant. */
    public List<ValeurIndicateur> effectifs(Collection<Integer> annees, Collection<String> indicateurs) {
        return effectifs(annees, indicateurs, List.of());
    }

    /**
     * The same for some regions (or FM, FR) only, empty = all.
     */
    public List<ValeurIndicateur> effectifs(Collection<Integer> annees, Collection<String> indicateurs, Collection<String> regions) {
        // Kept like the values (per region and year, checked against the imports): the 18 reports of a year
        // share them, and a region's import recomputes only that region, FM and FR.
        EmpreintesDonnees empreintes = EmpreintesDonnees.lire(base, new TreeSet<>(annees));
        Map<String, List<ValeurIndicateur>> parIndicateur = cache.effectifs().valeurs(empreintes, this::effectifsSql);
        Set<String> voulues = new java.util.HashSet<>(regions);
        // Years whose detail was purged keep the sample sizes frozen before the purge (conservation.Purge).
        List<ValeurIndicateur> resultat = new ArrayList<>(ValeursFigees.lire(base, annees, Set.copyOf(indicateurs), true).stream()
                .filter(v -> voulues.isEmpty() || voulues.contains(v.region())).toList());
        Set<ValeurIndicateur.Cle> figees = new java.util.HashSet<>(resultat.stream().map(ValeurIndicateur::cle).toList());
        for (Definition d : catalogue.definitions()) {
            if (indicateurs.contains(d.id())) {
                for (ValeurIndicateur v : parIndicateur.getOrDefault(d.id(), List.of())) {
                    if ((voulues.isEmpty() || voulues.contains(v.region())) && !figees.contains(v.cle())) {
                        resultat.add(v);
                    }
                }
            }
        }
        return resultat;
    }

    /** The sample size of every share, rate and mean computed from rows, for some perimeters (empty = all) and years. */
    private List<ValeurIndicateur> effectifsSql(Set<String> perimetres, Set<Integer> annees) {
        List<ValeurIndicateur> resultat = new ArrayList<>();
        for (Definition d : catalogue.definitions()) {
            if (d.estDerivee() || d.estImporteeSeulement() || !RequeteSql.MESURES_SUR_EFFECTIF.contains(d.mesure())) {
                continue;
            }
            Source source = catalogue.source(d.source());
            for (List<Dimension> dims : variantes(d, source)) {
                resultat.addAll(effectifsSql(d, source, dims, perimetres, annees));
            }
        }
        return resultat;
    }

    private List<ValeurIndicateur> effectifsSql(Definition d, Source source, List<Dimension> dims, Set<String> perimetres,
            Set<Integer> annees) {
        String sql = RequeteSql.effectif(d, source, dims, annees, perimetres);
        return base.jdbi().withHandle(h -> h.createQuery(sql).map((rs, ctx) -> {
            ValeurIndicateur v = lire(d, dims, rs);
            return effectif(v, v.valeur());
        }).list());
    }

    /** The SQL of each variant, for the trace of a value. */
    public List<String> sql(Definition d, Collection<Integer> annees) {
        return sql(catalogue, d, annees);
    }

    /** The same without a base: what « suivi-cep indicateurs --sql » writes for another SQL engine to run. */
    public static List<String> sql(Catalogue catalogue, Definition d, Collection<Integer> annees) {
        if (d.estDerivee() || d.estImporteeSeulement()) {
            return List.of();
        }
        Source source = catalogue.source(d.source());
        MoteurIndicateurs sansBase = new MoteurIndicateurs(null, catalogue, null);
        return sansBase.variantes(d, source).stream().map(dims -> RequeteSql.pour(d, source, dims, annees)).toList();
    }

    /**
     * Every statement the engine runs to compute one indicator over all perimeters: the value's query of each
     * variant, with its sample size as a second column when it rests on the same rows, otherwise followed by the
     * sample size's own query. What « suivi-cep indicateurs --sql » writes: the same work as the application's.
     */
    public static List<String> requetes(Catalogue catalogue, Definition d, Collection<Integer> annees) {
        if (d.estDerivee() || d.estImporteeSeulement()) {
            return List.of();
        }
        Source source = catalogue.source(d.source());
        boolean effectifJoint = RequeteSql.EFFECTIF_DANS_LA_REQUETE.contains(d.mesure());
        List<String> requetes = new ArrayList<>();
        for (List<Dimension> dims : new MoteurIndicateurs(null, catalogue, null).variantes(d, source)) {
            requetes.add(RequeteSql.pour(d, source, dims, annees, List.of(), effectifJoint));
            if (!effectifJoint && RequeteSql.MESURES_SUR_EFFECTIF.contains(d.mesure())) {
                requetes.add(RequeteSql.effectif(d, source, dims, annees));
            }
        }
        return requetes;
    }

    private static ValeurIndicateur lire(Definition d, List<Dimension> dims, ResultSet rs) throws SQLException {
        SortedMap<String, String> dimensions = new TreeMap<>();
        for (int i = 0; i < dims.size(); i++) {
            dimensions.put(dims.get(i).cle(), rs.getString("d" + i));
        }
        return new ValeurIndicateur(d.id(), rs.getString("r"), rs.getInt("a"), dimensions, rs.getDouble("valeur"),
                d.unite(), "calcul");
    }

    private Map<String, List<ValeurIndicateur>> agregats(Set<Integer> annees) {
        Map<String, List<ValeurIndicateur>> parIndicateur = new HashMap<>();
        base.jdbi().useHandle(h -> h.createQuery("SELECT indicateur, region, annee, dimensions, valeur FROM agregat "
                + "WHERE source = 'echange' ORDER BY indicateur, region, annee, dimensions")
                .map((rs, ctx) -> new ValeurIndicateur(rs.getString("indicateur"), rs.getString("region"), rs.getInt("annee"),
                        ValeurIndicateur.dimensionsDe(rs.getString("dimensions")), rs.getDouble("valeur"), null, "agregat"))
                .forEach(v -> {
                    if (annees.contains(v.annee())) {
                        parIndicateur.computeIfAbsent(v.indicateur(), k -> new ArrayList<>()).add(v);
                    }
                }));
        return parIndicateur;
    }

}
