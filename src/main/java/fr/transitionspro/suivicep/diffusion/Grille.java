package fr.transitionspro.suivicep.diffusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table as the disclosure rule sees it: the published values with the number of people each
 * rests on, and the arithmetic that binds them — the sets of cells linked by one additive equation
 * (a row and its total, a column of shares that adds up to 100 %), and the cells computed from
 * others (a variation from the counts of two years). Cells without a value (labels, « n.d. ») are
 * not in the grid: a reader does not know them either.
 */
public final class Grille {

    /** One published value: the value and the number of people it rests on, null when it is not about people. */
    record Case(double valeur, Double personnes) {
    }

    private final Map<Position, Case> cases = new HashMap<>();
    private final List<Set<Position>> relations = new ArrayList<>();
    private final Map<Position, List<Position>> dependances = new HashMap<>();
    private final List<Set<Position>> relationsDeclarees = new ArrayList<>();

    /** A published value at {@code (ligne, colonne)}. */
    public Grille valeur(int ligne, int colonne, double valeur, Double personnes) {
        cases.put(new Position(ligne, colonne), new Case(valeur, personnes));
        return this;
    }

    /**
     * Cells bound by one additive equation: parts and their total, or parts whose total is published
     * elsewhere or known (shares of a distribution: 100 %). Knowing all but one of them gives the last.
     */
    public Grille relation(Set<Position> cellules) {
        relationsDeclarees.add(Set.copyOf(cellules));
        return this;
    }

    /** The valued cells of a row, its total among them or known (a row of shares). */
    public Grille ligneAdditive(int ligne) {
        return ligneAdditive(ligne, 0, Integer.MAX_VALUE);
    }

    /** The valued cells of a row between two columns (inclusive). */
    public Grille ligneAdditive(int ligne, int deColonne, int aColonne) {
        Set<Position> r = new LinkedHashSet<>();
        for (Position p : cases.keySet()) {
            if (p.ligne() == ligne && p.colonne() >= deColonne && p.colonne() <= aColonne) {
                r.add(p);
            }
        }
        return relation(r);
    }

    /** The valued cells of a column, its total among them or known (a column of shares). */
    public Grille colonneAdditive(int colonne) {
        return colonneAdditive(colonne, 0, Integer.MAX_VALUE);
    }

    /** The valued cells of a column between two rows (inclusive): one group of rows. */
    public Grille colonneAdditive(int colonne, int deLigne, int aLigne) {
        Set<Position> r = new LinkedHashSet<>();
        for (Position p : cases.keySet()) {
            if (p.colonne() == colonne && p.ligne() >= deLigne && p.ligne() <= aLigne) {
                r.add(p);
            }
        }
        return relation(r);
    }

    /** {@code derivee} is computed from {@code sources} (a variation from two counts): masked when one of them is. */
    public Grille dependance(Position derivee, Position... sources) {
        dependances.computeIfAbsent(derivee, k -> new ArrayList<>()).addAll(List.of(sources));
        return this;
    }

    Map<Position, Case> cases() {
        return cases;
    }

    /** The declared relations, restricted to the cells that hold a value. */
    List<Set<Position>> relations() {
        relations.clear();
        for (Set<Position> r : relationsDeclarees) {
            Set<Position> valeurs = new LinkedHashSet<>();
            r.stream().filter(cases::containsKey).sorted().forEach(valeurs::add);
            if (valeurs.size() > 1) {
                relations.add(valeurs);
            }
        }
        return relations;
    }

    Map<Position, List<Position>> dependances() {
        return dependances;
    }
}
