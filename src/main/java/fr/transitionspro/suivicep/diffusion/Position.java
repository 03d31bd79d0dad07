package fr.transitionspro.suivicep.diffusion;

/** A cell of a table: row and column, from 0, the row headers excluded. */
public record Position(int ligne, int colonne) implements Comparable<Position> {

    @Override
    public int compareTo(Position autre) {
        return ligne != autre.ligne ? Integer.compare(ligne, autre.ligne) : Integer.compare(colonne, autre.colonne);
    }
}
