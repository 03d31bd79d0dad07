package fr.transitionspro.suivicep.indicateurs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import fr.transitionspro.suivicep.base.Base;

/**
 * The indicator values computed in SQL, kept per perimeter (region, FM, FR) and year, in memory and in the
 * base (table {@code cache_indicateurs}), so that a page or a report reads them instead of scanning millions
 * of rows again, and so that after one region's import only that region, FM and FR are recomputed.
 *
 * <p>Freshness contract: an entry is used only when its fingerprint ({@link EmpreintesDonnees}: the import id
 * of every slice the perimeter's values are computed from) equals the current one, read from the base at each
 * call. An import replaces its slices and their import ids in one transaction, so it makes exactly the
 * entries it touches stale, whichever process made it (the command line beside the server on PostgreSQL):
 * nothing needs to be told, and a stale value is never served. Values derived from other values (ratios,
 * ranks, variations, which depend on the configuration's series breaks) and imported {@code agregats} are
 * not kept per perimeter: the engine derives them again, and memoises the whole result under a key made of
 * the years, all fingerprints and the series breaks ({@link #resultat}).
 *
 * <p>One instance serves one catalogue; the server keeps one for its life, a command makes one per run (the
 * table then carries the values from one command to the next). Thread-safe.
 */
public final class CacheIndicateurs {

    /** The values of one perimeter and year. */
    record Partition(String perimetre, int annee) {
    }

    private record Entree(String empreinte, List<ValeurIndicateur> valeurs) {
    }

    private static final int RESULTATS_GARDES = 16;

    private final Base base;
    private final Catalogue catalogue;
    private final String cleCatalogue;
    private final boolean effectifs;
    private volatile CacheIndicateurs cacheEffectifs;
    private final Map<Partition, Entree> memoire = new ConcurrentHashMap<>();
    private final Map<String, List<ValeurIndicateur>> resultats = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<ValeurIndicateur>> plusAncien) {
                    return size() > RESULTATS_GARDES;
                }
            });
    private volatile List<Partition> derniersRecalculs = List.of();

    public CacheIndicateurs(Base base, Catalogue catalogue) {
        this(base, catalogue, false);
    }

    /**
     * @param effectifs true for the cache of sample sizes ({@link MoteurIndicateurs#effectifs}): entries of its
     *                  own, values of unit « nombre » and origin « effectif »
     */
    CacheIndicateurs(Base base, Catalogue catalogue, boolean effectifs) {
        this.base = base;
        this.catalogue = catalogue;
        this.effectifs = effectifs;
        this.cleCatalogue = effectifs ? EmpreintesDonnees.sha256("effectifs " + catalogue.empreinte()) : catalogue.empreinte();
    }

    /** The cache of sample sizes that goes with this one (same base and catalogue). */
    CacheIndicateurs effectifs() {
        CacheIndicateurs e = cacheEffectifs;
        if (e == null) {
            synchronized (this) {
                if (cacheEffectifs == null) {
                    cacheEffectifs = new CacheIndicateurs(base, catalogue, true);
                }
                e = cacheEffectifs;
            }
        }
        return e;
    }

    /**
     * The SQL-computed values of every perimeter of the fingerprinted years, by indicator id: kept entries
     * whose fingerprint still matches, the others computed by {@code calcul(perimetres, annees)} and kept. Years
     * where every perimeter is stale (a first computation, a national import) are computed together, all
     * perimeters at once (an empty set); otherwise only the stale perimeters of each year.
     */
    Map<String, List<ValeurIndicateur>> valeurs(EmpreintesDonnees empreintes,
            BiFunction<Set<String>, Set<Integer>, List<ValeurIndicateur>> calcul) {
        Map<String, List<ValeurIndicateur>> parIndicateur = new HashMap<>();
        Map<Integer, Set<String>> perimes = new java.util.TreeMap<>();
        for (int annee : empreintes.annees()) {
            Map<String, Entree> enTable = null;
            for (String p : empreintes.perimetres(annee)) {
                String empreinte = empreintes.empreinte(p, annee);
                Entree e = memoire.get(new Partition(p, annee));
                if (e == null || !e.empreinte().equals(empreinte)) {
                    if (enTable == null) {
                        enTable = lireTable(annee);
                    }
                    e = enTable.get(p);
                    if (e == null || !e.empreinte().equals(empreinte)) {
                        perimes.computeIfAbsent(annee, k -> new TreeSet<>()).add(p);
                        continue;
                    }
                    memoire.put(new Partition(p, annee), e);
                }
                e.valeurs().forEach(v -> parIndicateur.computeIfAbsent(v.indicateur(), k -> new ArrayList<>()).add(v));
            }
        }
        Set<Integer> entieres = new TreeSet<>();
        perimes.forEach((annee, ps) -> {
            if (ps.equals(empreintes.perimetres(annee))) {
                entieres.add(annee);
            }
        });
        List<Partition> recalcules = new ArrayList<>();
        if (!entieres.isEmpty()) {
            garder(empreintes, perimes, entieres, calcul.apply(Set.of(), entieres), parIndicateur, recalcules);
        }
        for (Map.Entry<Integer, Set<String>> e : perimes.entrySet()) {
            if (!entieres.contains(e.getKey())) {
                garder(empreintes, perimes, Set.of(e.getKey()), calcul.apply(e.getValue(), Set.of(e.getKey())), parIndicateur,
                        recalcules);
            }
        }
        recalcules.sort(java.util.Comparator.comparing(Partition::annee).thenComparing(Partition::perimetre));
        derniersRecalculs = List.copyOf(recalcules);
        return parIndicateur;
    }

    /** Splits computed values into the stale entries of {@code annees}, keeps them (memory and table) and adds them. */
    private void garder(EmpreintesDonnees empreintes, Map<Integer, Set<String>> perimes, Set<Integer> annees,
            List<ValeurIndicateur> calculees, Map<String, List<ValeurIndicateur>> parIndicateur, List<Partition> recalcules) {
        if (!effectifs) {
            // The engine reads the sample sizes in the values' own queries (MoteurIndicateurs.parSql), all of them for
            // the partitions asked: they go to their cache, under the same fingerprints, and are not read again.
            List<ValeurIndicateur> valeurs = new ArrayList<>();
            List<ValeurIndicateur> tailles = new ArrayList<>();
            calculees.forEach(v -> ("effectif".equals(v.origine()) ? tailles : valeurs).add(v));
            if (!tailles.isEmpty()) {
                effectifs().garder(empreintes, perimes, annees, tailles, new HashMap<>(), new ArrayList<>());
            }
            calculees = valeurs;
        }
        Map<Partition, List<ValeurIndicateur>> parPartition = new HashMap<>();
        for (int annee : annees) {
            perimes.get(annee).forEach(p -> parPartition.put(new Partition(p, annee), new ArrayList<>()));
        }
        for (ValeurIndicateur v : calculees) {
            List<ValeurIndicateur> liste = parPartition.get(new Partition(v.region(), v.annee()));
            if (liste != null) {
                liste.add(v);
            }
        }
        for (int annee : annees) {
            Map<String, Entree> nouvelles = new HashMap<>();
            for (String p : perimes.get(annee)) {
                Partition partition = new Partition(p, annee);
                List<ValeurIndicateur> liste = parPartition.get(partition);
                Entree e = new Entree(empreintes.empreinte(p, annee), List.copyOf(liste));
                nouvelles.put(p, e);
                memoire.put(partition, e);
                recalcules.add(partition);
                liste.forEach(v -> parIndicateur.computeIfAbsent(v.indicateur(), k -> new ArrayList<>()).add(v));
            }
            ecrireTable(annee, nouvelles);
        }
    }

    /** The perimeters and years the last {@link #valeurs} call had to compute (the others were kept). */
    List<Partition> derniersRecalculs() {
        return derniersRecalculs;
    }

    Optional<List<ValeurIndicateur>> resultat(String cle) {
        return Optional.ofNullable(resultats.get(cle));
    }

    void garderResultat(String cle, List<ValeurIndicateur> valeurs) {
        resultats.put(cle, List.copyOf(valeurs));
    }

    /** Empties the memory (not the table): for tests that play a second process on the same base. */
    void oublier() {
        memoire.clear();
        resultats.clear();
    }

    private Map<String, Entree> lireTable(int annee) {
        Map<String, Entree> entrees = new HashMap<>();
        base.jdbi().useHandle(h -> h.createQuery("SELECT perimetre, empreinte, valeurs FROM cache_indicateurs "
                + "WHERE catalogue = :c AND annee = :a").bind("c", cleCatalogue).bind("a", annee)
                .map((rs, ctx) -> Map.entry(rs.getString(1), new Entree(rs.getString(2), decoder(rs.getString(1), annee,
                        rs.getString(3)))))
                .forEach(e -> {
                    if (e.getValue().valeurs() != null) {
                        entrees.put(e.getKey(), e.getValue());
                    }
                }));
        return entrees;
    }

    /**
     * Keeps new entries in the table. Best effort: a failure (two processes writing the same entry at once)
     * only means that the next process computes them again.
     */
    private void ecrireTable(int annee, Map<String, Entree> entrees) {
        if (entrees.isEmpty()) {
            return;
        }
        try {
            // One statement of each kind for the whole year (a national computation writes some twenty entries).
            base.jdbi().useTransaction(h -> {
                h.createUpdate("DELETE FROM cache_indicateurs WHERE catalogue = :c AND annee = :a AND perimetre IN (<p>)")
                        .bind("c", cleCatalogue).bind("a", annee).bindList("p", List.copyOf(entrees.keySet())).execute();
                org.jdbi.v3.core.statement.PreparedBatch lot = h.prepareBatch("INSERT INTO cache_indicateurs "
                        + "(catalogue, perimetre, annee, empreinte, valeurs) VALUES (:c, :p, :a, :e, :v)");
                for (Map.Entry<String, Entree> e : entrees.entrySet()) {
                    lot.bind("c", cleCatalogue).bind("p", e.getKey()).bind("a", annee).bind("e", e.getValue().empreinte())
                            .bind("v", coder(e.getValue().valeurs())).add();
                }
                lot.execute();
            });
        } catch (RuntimeException e) {
            // The values stay in memory; the table is only a convenience for the next process.
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** One stored value: indicator id, dimensions (a code may be null: unknown category), unrounded value. */
    private record Stockee(String i, Map<String, String> d, double v) {
    }

    /** JSON: any character of a code survives, null codes too, and doubles are written exactly. */
    private static String coder(List<ValeurIndicateur> valeurs) {
        try {
            return JSON.writeValueAsString(valeurs.stream().map(v -> new Stockee(v.indicateur(), v.dimensions(), v.valeur())).toList());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values of an entry, or null when it cannot be read. */
    private List<ValeurIndicateur> decoder(String perimetre, int annee, String texte) {
        Stockee[] stockees;
        try {
            stockees = JSON.readValue(texte, Stockee[].class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null; // unreadable entry (written by another version?): computed again
        }
        List<ValeurIndicateur> valeurs = new ArrayList<>();
        for (Stockee s : stockees) {
            String unite = effectifs ? "nombre" : catalogue.definition(s.i()).map(Definition::unite).orElse(null);
            valeurs.add(new ValeurIndicateur(s.i(), perimetre, annee, new java.util.TreeMap<>(s.d()), s.v(), unite,
                    effectifs ? "effectif" : "calcul"));
        }
        return valeurs;
    }
}
