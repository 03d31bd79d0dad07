package fr.transitionspro.suivicep.importation;

/** Bounds of a plausible year of data, so that a typo such as 20233 is caught at import. */
final class Annees {
    static final int MIN = 2000;
    static final int MAX = 2100;

    private Annees() {
    }
}
