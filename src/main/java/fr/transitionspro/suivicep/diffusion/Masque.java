package fr.transitionspro.suivicep.diffusion;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the disclosure rule hides in a table: the cells resting on too few people ({@code primaires})
 * and those hidden so that the first ones cannot be recomputed ({@code secondaires}).
 */
public record Masque(Set<Position> primaires, Set<Position> secondaires) {

    public Masque {
        primaires = Set.copyOf(primaires);
        secondaires = Set.copyOf(secondaires);
    }

    public boolean masquee(Position p) {
        return primaires.contains(p) || secondaires.contains(p);
    }

    public boolean masquee(int ligne, int colonne) {
        return masquee(new Position(ligne, colonne));
    }

    public boolean estVide() {
        return primaires.isEmpty() && secondaires.isEmpty();
    }

    /** Every masked cell, in reading order. */
    public Set<Position> toutes() {
        Set<Position> t = new TreeSet<>(primaires);
        t.addAll(secondaires);
        return t;
    }
}
