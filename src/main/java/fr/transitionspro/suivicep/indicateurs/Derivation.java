package fr.transitionspro.suivicep.indicateurs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import fr.transitionspro.suivicep.referentiel.Regions;

/** Measures computed from other indicators' values: rapport, difference, rang, variation. */
final class Derivation {

    private final Definition d;
    private final Valeurs valeurs;
    private final Ruptures ruptures;
    private final Catalogue catalogue;

    Derivation(Definition d, Valeurs valeurs, Ruptures ruptures, Catalogue catalogue) {
        this.d = d;
        this.valeurs = valeurs;
        this.ruptures = ruptures;
        this.catalogue = catalogue;
    }

    List<ValeurIndicateur> calculer() {
        return switch (d.mesure()) {
            case "rapport" -> rapport();
            case "difference" -> difference();
            case "rang" -> rang();
            case "variation" -> variation();
            default -> throw new IllegalArgumentException(d.mesure());
        };
    }

    private List<ValeurIndicateur> rapport() {
        List<ValeurIndicateur> r = new ArrayList<>();
        for (ValeurIndicateur n : valeurs.de(d.numerateur())) {
            valeurs.valeur(d.denominateur(), n.region(), n.annee(), n.dimensions())
                    .filter(den -> den.valeur() != 0)
                    .ifPresent(den -> r.add(valeur(n.region(), n.annee(), n.dimensions(), 100.0 * n.valeur() / den.valeur())));
        }
        return r;
    }

    /** {@code de − moins}, {@code moins} being looked up with the dimensions {@code cles} only. */
    private List<ValeurIndicateur> difference() {
        List<ValeurIndicateur> r = new ArrayList<>();
        for (ValeurIndicateur a : valeurs.de(d.de())) {
            SortedMap<String, String> cles = new TreeMap<>(a.dimensions());
            cles.keySet().retainAll(d.cles());
            valeurs.valeur(d.moins(), a.region(), a.annee(), cles)
                    .ifPresent(b -> r.add(valeur(a.region(), a.annee(), a.dimensions(), a.valeur() - b.valeur())));
        }
        return r;
    }

    /** Rank among metropolitan regions having a value, 1 = highest; equal values share a rank. */
    private List<ValeurIndicateur> rang() {
        Map<Integer, List<ValeurIndicateur>> parAnnee = valeurs.de(d.de()).stream()
                .filter(v -> v.dimensions().isEmpty() && Regions.METROPOLE.contains(v.region()))
                .collect(Collectors.groupingBy(ValeurIndicateur::annee));
        List<ValeurIndicateur> r = new ArrayList<>();
        parAnnee.forEach((annee, liste) -> {
            for (ValeurIndicateur v : liste) {
                long devant = liste.stream().filter(o -> o.valeur() > v.valeur()).count();
                r.add(valeur(v.region(), annee, v.dimensions(), 1 + devant));
            }
        });
        return r;
    }

    /** Year-on-year change of a dimension-free value, unless a series break lies between the years. */
    private List<ValeurIndicateur> variation() {
        String source = sourceDe(d.de());
        List<ValeurIndicateur> r = new ArrayList<>();
        for (ValeurIndicateur v : valeurs.de(d.de())) {
            if (!v.dimensions().isEmpty()) {
                continue;
            }
            Optional<Double> avant = valeurs.nombre(d.de(), v.region(), v.annee() - 1);
            if (avant.isPresent() && avant.get() != 0 && ruptures.entre(source, v.annee() - 1, v.annee()).isEmpty()) {
                r.add(valeur(v.region(), v.annee(), v.dimensions(), 100.0 * (v.valeur() - avant.get()) / avant.get()));
            }
        }
        return r;
    }

    /** The source whose series break applies: the indicator's own, or that of what it derives from. */
    String sourceDe(String id) {
        Definition def = catalogue.definition(id).orElseThrow();
        if (def.source() != null) {
            return def.source();
        }
        return def.dependances().isEmpty() ? "" : sourceDe(def.dependances().get(0));
    }

    private ValeurIndicateur valeur(String region, int annee, SortedMap<String, String> dims, double valeur) {
        return new ValeurIndicateur(d.id(), region, annee, dims, valeur, d.unite(), "calcul");
    }
}
