package fr.transitionspro.suivicep.contributions;

/**
 * Where a contribution stands in the review. The operator writes (BROUILLON) and submits (SOUMISE); the référent
 * approves (VALIDEE, final: the text is locked and goes into the report) or sends it back with a comment (RENVOYEE),
 * after which the operator edits and submits again.
 */
public enum Statut {
    BROUILLON("brouillon", "en cours de rédaction"),
    SOUMISE("soumise", "en attente de validation"),
    VALIDEE("validée", "validée"),
    RENVOYEE("renvoyée", "renvoyée pour correction");

    private final String libelle;
    private final String etat;

    Statut(String libelle, String etat) {
        this.libelle = libelle;
        this.etat = etat;
    }

    /** « soumise »: the status as a word. */
    public String libelle() {
        return libelle;
    }

    /** « en attente de validation »: the status as the end of a sentence about the contribution. */
    public String etat() {
        return etat;
    }
}
