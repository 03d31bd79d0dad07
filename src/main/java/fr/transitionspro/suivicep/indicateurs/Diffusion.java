package fr.transitionspro.suivicep.indicateurs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import fr.transitionspro.suivicep.base.Base;
import fr.transitionspro.suivicep.diffusion.Grille;
import fr.transitionspro.suivicep.diffusion.Masque;
import fr.transitionspro.suivicep.diffusion.Position;
import fr.transitionspro.suivicep.diffusion.SecretStatistique;
import fr.transitionspro.suivicep.referentiel.Regions;

/**
 * The disclosure rule applied to a set of exported values (« suivi-cep indicateurs », the explorer's
 * table and downloads): which values leave the association as « s ». The set is seen as one grid,
 * each value a cell, bound by the arithmetic a reader could use:
 * <ul>
 * <li>the categories of a distribution and their total — for a count ({@code somme}), the values
 * along one dimension with the value without it (entries by operator and all entries); for a share
 * ({@code part}), the shares along its last dimension, which add up to 100 %;</li>
 * <li>the regions and their aggregate — a count of France métropolitaine (FM) is the sum of its
 * regions', of France entière (FR) of all regions';</li>
 * <li>a value computed from others (variation, ratio, difference) depends on them.</li>
 * </ul>
 * Each value is masked under the rule of its region's association; FM and FR under the default rule.
 */
public final class Diffusion {

    private Diffusion() {
    }

    /**
     * The exported values to hide, each region under its association's rule (read from the base).
     *
     * @param toutes    the values computed, including the year before the exported one (a variation rests on both)
     * @param exportees the values exported
     */
    public static Set<ValeurIndicateur> masquees(Base base, MoteurIndicateurs moteur, Catalogue catalogue,
            Collection<ValeurIndicateur> toutes, Collection<ValeurIndicateur> exportees) {
        Map<String, SecretStatistique> regles = new HashMap<>();
        return masquees(exportees, catalogue, Personnes.pour(moteur, catalogue, toutes),
                r -> regles.computeIfAbsent(r, x -> SecretStatistique.pour(base, x)));
    }

    /**
     * @param personnes how many people each value rests on
     * @param regles    the rule of each region (FM and FR included)
     * @return the values to print « s »
     */
    public static Set<ValeurIndicateur> masquees(Collection<ValeurIndicateur> valeurs, Catalogue catalogue, Personnes personnes,
            Function<String, SecretStatistique> regles) {
        // One grid for all regions, whatever their rule: a relation crosses regions (FM and its regions). Each value's
        // own rule decides its primary masking; the grid then sees primary cells as resting on 1 person and the others
        // on at least the default threshold, so that its secondary masking starts from exactly those cells.
        List<ValeurIndicateur> liste = new ArrayList<>(valeurs);
        Map<ValeurIndicateur, Integer> index = new HashMap<>();
        for (int i = 0; i < liste.size(); i++) {
            index.put(liste.get(i), i);
        }
        Grille grille = new Grille();
        Set<ValeurIndicateur> primaires = new HashSet<>();
        for (int i = 0; i < liste.size(); i++) {
            ValeurIndicateur v = liste.get(i);
            Double n = personnes.de(v).orElse(null);
            if (regles.apply(v.region()).estSecret(n)) {
                primaires.add(v);
            }
            grille.valeur(i, 0, v.valeur(), primaires.contains(v) ? Double.valueOf(1)
                    : n == null ? null : Double.valueOf(Math.max(n, SecretStatistique.SEUIL_PAR_DEFAUT)));
        }
        Valeurs parCle = new Valeurs(liste);
        for (Set<ValeurIndicateur> relation : relations(liste, catalogue)) {
            Set<Position> cellules = new LinkedHashSet<>();
            relation.forEach(v -> cellules.add(new Position(index.get(v), 0)));
            grille.relation(cellules);
        }
        for (ValeurIndicateur v : liste) {
            Definition d = catalogue.definition(v.indicateur()).orElse(null);
            if (d == null || d.mesure() == null) {
                continue;
            }
            List<ValeurIndicateur> sources = new ArrayList<>();
            switch (d.mesure()) {
                case "variation" -> {
                    parCle.valeur(d.de(), v.region(), v.annee(), v.dimensions()).ifPresent(sources::add);
                    parCle.valeur(d.de(), v.region(), v.annee() - 1, v.dimensions()).ifPresent(sources::add);
                }
                case "rapport" -> parCle.valeur(d.numerateur(), v.region(), v.annee(), v.dimensions()).ifPresent(sources::add);
                case "difference" -> {
                    parCle.valeur(d.de(), v.region(), v.annee(), v.dimensions()).ifPresent(sources::add);
                    SortedMap<String, String> cles = new TreeMap<>(v.dimensions());
                    cles.keySet().retainAll(d.cles());
                    parCle.valeur(d.moins(), v.region(), v.annee(), cles).ifPresent(sources::add);
                }
                default -> {
                }
            }
            if (!sources.isEmpty()) {
                grille.dependance(new Position(index.get(v), 0), sources.stream().map(s -> new Position(index.get(s), 0))
                        .toArray(Position[]::new));
            }
        }
        Masque masque = SecretStatistique.PAR_DEFAUT.masquer(grille);
        Set<ValeurIndicateur> masquees = new HashSet<>(primaires);
        for (Position p : masque.toutes()) {
            masquees.add(liste.get(p.ligne()));
        }
        return masquees;
    }

    /** The additive relations between the values (see the class comment). */
    static List<Set<ValeurIndicateur>> relations(List<ValeurIndicateur> valeurs, Catalogue catalogue) {
        Map<String, Set<ValeurIndicateur>> groupes = new HashMap<>();
        Valeurs parCle = new Valeurs(valeurs);
        for (ValeurIndicateur v : valeurs) {
            Definition d = catalogue.definition(v.indicateur()).orElse(null);
            if (d == null || d.mesure() == null || v.dimensions().isEmpty()) {
                continue;
            }
            boolean comptage = d.mesure().equals("somme");
            boolean part = d.mesure().equals("part") || d.mesure().equals("part_du_total");
            if (!comptage && !part) {
                continue;
            }
            for (String cle : v.dimensions().keySet()) {
                SortedMap<String, String> autres = new TreeMap<>(v.dimensions());
                autres.remove(cle);
                String groupe = v.indicateur() + "|" + v.region() + "|" + v.annee() + "|" + cle + "|" + ValeurIndicateur.texte(autres);
                Set<ValeurIndicateur> g = groupes.computeIfAbsent(groupe, k -> new LinkedHashSet<>());
                g.add(v);
                if (comptage) {
                    parCle.valeur(v.indicateur(), v.region(), v.annee(), autres).ifPresent(g::add);
                }
            }
        }
        List<Set<ValeurIndicateur>> relations = new ArrayList<>(groupes.values());
        // Counts of the regions and of their aggregate.
        Map<String, Set<ValeurIndicateur>> territoires = new HashMap<>();
        for (ValeurIndicateur v : valeurs) {
            Definition d = catalogue.definition(v.indicateur()).orElse(null);
            if (d == null || !"somme".equals(d.mesure())) {
                continue;
            }
            String cle = v.indicateur() + "|" + v.annee() + "|" + v.dimensionsTexte();
            if (v.region().equals(Regions.FM) || Regions.METROPOLE.contains(v.region())) {
                territoires.computeIfAbsent("FM|" + cle, k -> new LinkedHashSet<>()).add(v);
            }
            if (!v.region().equals(Regions.FM)) {
                territoires.computeIfAbsent("FR|" + cle, k -> new LinkedHashSet<>()).add(v);
            }
        }
        territoires.forEach((cle, g) -> {
            boolean avecAgregat = g.stream().anyMatch(v -> Regions.estAgregat(v.region()));
            if (avecAgregat) {
                relations.add(g);
            }
        });
        return relations;
    }
}
