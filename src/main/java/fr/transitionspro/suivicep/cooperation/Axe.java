package fr.transitionspro.suivicep.cooperation;

import java.util.Optional;

/**
 * The four axes of the cooperations between Transitions Pro and the CEP operators, numbered as
 * sections 1.1 to 1.4 of Part 1 of the report.
 */
public enum Axe {

    PROMOUVOIR("Promouvoir le CEP"),
    FACILITER_AIGUILLAGE("Faciliter l'aiguillage"),
    SECURISER_PARCOURS("Sécuriser les parcours"),
    ENRICHIR_ANALYSE("Enrichir l'analyse");

    private final String libelle;

    Axe(String libelle) {
        this.libelle = libelle;
    }

    /** Short label, for table headers. */
    public String libelle() {
        return libelle;
    }

    public static Optional<Axe> lire(String brut) {
        return Codes.lire(Axe.class, brut);
    }

    public static String attendus() {
        return Codes.attendus(Axe.class);
    }
}
