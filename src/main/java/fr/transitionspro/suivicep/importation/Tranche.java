package fr.transitionspro.suivicep.importation;

/** The unit an import replaces: all rows of one file type for one (region, year). */
public record Tranche(String type, String region, int annee) implements Comparable<Tranche> {

    @Override
    public int compareTo(Tranche autre) {
        int c = type.compareTo(autre.type);
        if (c == 0) {
            c = region.compareTo(autre.region);
        }
        return c != 0 ? c : Integer.compare(annee, autre.annee);
    }

    @Override
    public String toString() {
        return type + " " + region + " " + annee;
    }
}
