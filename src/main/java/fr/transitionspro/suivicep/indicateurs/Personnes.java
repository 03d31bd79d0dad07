package fr.transitionspro.suivicep.indicateurs;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;


/**
 * How many people each value of the report rests on, for the disclosure rule
 * ({@link fr.transitionspro.suivicep.diffusion.SecretStatistique}): a count of people, the count
 * itself; a share or a rate, the people of its category (its numerator), or of its whole group when
 * the category is empty; a mean, median, youngest or oldest age, the people of its group; a value
 * computed from others (variation, ratio, difference), the fewest people of the values it comes from.
 * Counts come from the values; the groups' sizes from the engine ({@code MoteurIndicateurs.effectifs}),
 * asked once per indicator when the report first needs it. Unknown (empty): the population (INSEE,
 * public), ranks, shares received from other associations whose sizes are not known.
 */
public final class Personnes {

    /** The sources whose rows are people (or counts of people, as declared by the operators). */
    private static final Set<String> SOURCES_DE_PERSONNES = Set.of("entrees", "dossiers", "ecarts");
    private static final Set<String> COMPTES = Set.of("somme", "top10.nombre");
    private static final Set<String> PARTS = Set.of("part", "part_du_total", "taux", "top10.part");
    private static final Set<String> GROUPES = Set.of("moyenne", "mediane", "minimum", "maximum");

    /** No one is known: nothing is masked (tests of the text engine, reports built without a base). */
    public static final Personnes AUCUNES = new Personnes(null, null, ids -> List.of());

    private final Catalogue catalogue;
    private final Valeurs valeurs;
    private final Function<Collection<String>, List<ValeurIndicateur>> chargeur;
    private final Map<String, Valeurs> effectifs = new HashMap<>();

    /**
     * @param chargeur the sizes of the groups of some indicators' values ({@code MoteurIndicateurs.effectifs})
     */
    public Personnes(Catalogue catalogue, Valeurs valeurs, Function<Collection<String>, List<ValeurIndicateur>> chargeur) {
        this.catalogue = catalogue;
        this.valeurs = valeurs;
        this.chargeur = chargeur;
    }

    /**
     * Reads the groups' sizes from the engine, for the years of the values. Meant for a whole export: the sizes
     * of every indicator are read at the first need, in one call, rather than one call per indicator.
     */
    public static Personnes pour(MoteurIndicateurs moteur, Catalogue catalogue, Collection<ValeurIndicateur> valeurs) {
        java.util.Set<Integer> annees = new java.util.TreeSet<>();
        valeurs.forEach(v -> annees.add(v.annee()));
        return pour(moteur, catalogue, new Valeurs(valeurs), annees);
    }

    /** The same for values already indexed, and the years whose sizes to read (a report's series). */
    public static Personnes pour(MoteurIndicateurs moteur, Catalogue catalogue, Valeurs valeurs, Collection<Integer> annees) {
        return new Personnes(catalogue, valeurs, new LuesEnUneFois(() -> moteur.effectifs(annees, catalogue.ids())));
    }

    /** The sizes of all indicators, read at the first call; each call then takes those of the indicators it asks. */
    private static final class LuesEnUneFois implements Function<Collection<String>, List<ValeurIndicateur>> {
        private final java.util.function.Supplier<List<ValeurIndicateur>> lecture;
        private Map<String, List<ValeurIndicateur>> parIndicateur;

        LuesEnUneFois(java.util.function.Supplier<List<ValeurIndicateur>> lecture) {
            this.lecture = lecture;
        }

        @Override
        public List<ValeurIndicateur> apply(Collection<String> ids) {
            if (parIndicateur == null) {
                parIndicateur = new HashMap<>();
                lecture.get().forEach(e -> parIndicateur.computeIfAbsent(e.indicateur(), k -> new java.util.ArrayList<>()).add(e));
            }
            return ids.stream().flatMap(id -> parIndicateur.getOrDefault(id, List.of()).stream()).toList();
        }
    }

    public Optional<Double> de(ValeurIndicateur v) {
        return de(v, 0);
    }

    /** The size of the group a share, rate or mean is computed on. */
    public Optional<Double> groupe(ValeurIndicateur v) {
        if (catalogue == null) {
            return Optional.empty();
        }
        return effectifs.computeIfAbsent(v.indicateur(), id -> new Valeurs(chargeur.apply(List.of(id))))
                .valeur(v.indicateur(), v.region(), v.annee(), v.dimensions()).map(ValeurIndicateur::valeur);
    }

    private Optional<Double> de(ValeurIndicateur v, int profondeur) {
        if (catalogue == null || profondeur > 5) {
            return Optional.empty();
        }
        Optional<Definition> trouvee = catalogue.definition(v.indicateur());
        if (trouvee.isEmpty()) {
            return Optional.empty();
        }
        Definition d = trouvee.get();
        String mesure = d.mesure() == null ? "" : d.mesure();
        if (COMPTES.contains(mesure)) {
            return SOURCES_DE_PERSONNES.contains(d.source()) ? Optional.of(v.valeur()) : Optional.empty();
        }
        if (PARTS.contains(mesure)) {
            return groupe(v).map(n -> {
                double numerateur = Math.round(v.valeur() * n / 100.0);
                return numerateur > 0 ? numerateur : n;
            });
        }
        if (GROUPES.contains(mesure)) {
            return groupe(v);
        }
        if (mesure.equals("aucune")) {
            // Counts exchanged between associations are counts of dossiers, i.e. of people.
            return "nombre".equals(d.unite()) ? Optional.of(v.valeur()) : Optional.empty();
        }
        return switch (mesure) {
            case "variation" -> minimum(Stream.of(autre(d.de(), v, v.annee(), v.dimensions()),
                    autre(d.de(), v, v.annee() - 1, v.dimensions())), profondeur);
            case "rapport" -> minimum(Stream.of(autre(d.numerateur(), v, v.annee(), v.dimensions())), profondeur);
            case "difference" -> {
                SortedMap<String, String> cles = new TreeMap<>(v.dimensions());
                cles.keySet().retainAll(d.cles());
                yield minimum(Stream.of(autre(d.de(), v, v.annee(), v.dimensions()), autre(d.moins(), v, v.annee(), cles)),
                        profondeur);
            }
            default -> Optional.empty();
        };
    }

    private Optional<ValeurIndicateur> autre(String id, ValeurIndicateur v, int annee, SortedMap<String, String> dimensions) {
        return id == null ? Optional.empty() : valeurs.valeur(id, v.region(), annee, dimensions);
    }

    private Optional<Double> minimum(Stream<Optional<ValeurIndicateur>> sources, int profondeur) {
        return sources.flatMap(Optional::stream).map(s -> de(s, profondeur + 1)).flatMap(Optional::stream)
                .min(Double::compare);
    }
}
