package fr.transitionspro.suivicep.cooperation;

import java.util.Optional;

/** Where a partnership convention stands in the report's year. */
public enum StatutConvention {

    SIGNEE("Signée dans l'année"),
    RENOUVELEE("Renouvelée dans l'année"),
    EN_VIGUEUR("En vigueur"),
    EN_PREPARATION("En préparation"),
    ECHUE("Échue");

    private final String libelle;

    StatutConvention(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<StatutConvention> lire(String brut) {
        return Codes.lire(StatutConvention.class, brut);
    }

    public static String attendus() {
        return Codes.attendus(StatutConvention.class);
    }
}
