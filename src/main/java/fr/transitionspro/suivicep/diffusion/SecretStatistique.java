package fr.transitionspro.suivicep.diffusion;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.transitionspro.suivicep.base.Base;

/**
 * The disclosure rule of every figure that leaves the association (issue 5): a value resting on
 * fewer than {@code seuil} people (5 by default, as INSEE's « secret statistique » on counts; set
 * per association in the configuration file) is not published but shown « s ». Masking it alone is
 * not enough when the table also gives a total: the masked cell would be the total minus the
 * others. So, in every set of cells bound by one additive equation ({@link Grille#relation}),
 * there is never exactly one hidden cell: when there is, the smallest other cell of the set (fewest
 * people, a non-zero value first) is masked too — the secondary masking — and the check starts over,
 * since that cell belongs to other sets (its column after its row). A value computed from a masked
 * one (a variation) is masked as well.
 *
 * <p>A value « rests on » the people it counts: a count, the count itself; a share or rate, the
 * people of its category (its numerator), or of its whole group when the category is empty; a
 * mean, median, youngest or oldest age, the people of its group. A count of 0 is published: it
 * singles nobody out.
 */
public final class SecretStatistique {

    /** What a masked cell prints, as in INSEE's tables. */
    public static final String SYMBOLE = "s";
    public static final int SEUIL_PAR_DEFAUT = 5;
    public static final SecretStatistique PAR_DEFAUT = new SecretStatistique(SEUIL_PAR_DEFAUT);

    private final int seuil;

    public SecretStatistique(int seuil) {
        if (seuil < 1 || seuil > 1000) {
            throw new IllegalArgumentException("Seuil du secret statistique « " + seuil + " » invalide (attendu : un nombre "
                    + "de personnes entre 1 et 1 000 ; 5 par défaut)");
        }
        this.seuil = seuil;
    }

    public int seuil() {
        return seuil;
    }

    /** True when a value resting on {@code personnes} people may not be published. */
    public boolean estSecret(Double personnes) {
        return personnes != null && personnes > 0 && personnes < seuil;
    }

    /** The cells of the grid to mask, primary and secondary. */
    public Masque masquer(Grille grille) {
        Map<Position, Grille.Case> cases = grille.cases();
        Set<Position> primaires = new HashSet<>();
        cases.forEach((p, c) -> {
            if (estSecret(c.personnes())) {
                primaires.add(p);
            }
        });
        Set<Position> masquees = new HashSet<>(primaires);
        List<Set<Position>> relations = grille.relations();
        boolean change = true;
        while (change) {
            change = false;
            for (Map.Entry<Position, List<Position>> d : grille.dependances().entrySet()) {
                if (cases.containsKey(d.getKey()) && !masquees.contains(d.getKey())
                        && d.getValue().stream().anyMatch(masquees::contains)) {
                    masquees.add(d.getKey());
                    change = true;
                }
            }
            for (Set<Position> relation : relations) {
                long cachees = relation.stream().filter(masquees::contains).count();
                if (cachees != 1) {
                    continue;
                }
                Optional<Position> suivante = relation.stream().filter(p -> !masquees.contains(p))
                        .min(Comparator.comparing((Position p) -> cases.get(p).valeur() == 0 ? 1 : 0)
                                .thenComparing(p -> cases.get(p).personnes() == null ? Double.MAX_VALUE : cases.get(p).personnes())
                                .thenComparing(p -> Math.abs(cases.get(p).valeur()))
                                .thenComparing(Comparator.naturalOrder()));
                if (suivante.isPresent()) {
                    masquees.add(suivante.get());
                    change = true;
                }
            }
        }
        Set<Position> secondaires = new HashSet<>(masquees);
        secondaires.removeAll(primaires);
        return new Masque(primaires, secondaires);
    }

    /**
     * The note under a table that the rule changed: which rule applied, in French.
     * « s : secret statistique, valeur reposant sur moins de 5 personnes ; masquage secondaire : … »
     */
    public String note(Masque masque) {
        return note(!masque.secondaires().isEmpty());
    }

    /** The note, for a table whose cells were masked one by one (no secondary masking when {@code secondaire} is false). */
    public String note(boolean secondaire) {
        String note = SYMBOLE + " : secret statistique, valeur reposant sur moins de " + seuil + " personne" + (seuil > 1 ? "s" : "");
        if (secondaire) {
            note += " ; masquage secondaire : d'autres valeurs sont masquées pour qu'aucune ne puisse être recalculée à "
                    + "partir des totaux et des autres valeurs";
        }
        return note + ".";
    }

    /** The rule of the association of {@code region}, as the configuration file set it, or the default rule. */
    public static SecretStatistique pour(Base base, String region) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT seuil FROM regle_secret WHERE region = :r").bind("r", region)
                .mapTo(Integer.class).findOne()).map(SecretStatistique::new).orElse(PAR_DEFAUT);
    }
}
