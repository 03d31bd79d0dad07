package fr.transitionspro.suivicep.cooperation;

import java.util.Optional;

/** The four themes of the interview guide proposed to the CEP operators. */
public enum Theme {

    ACTIVITE("L'activité"),
    COMMUNICATION("La communication"),
    RELATIONS_OPERATEURS("Les relations entre opérateurs"),
    PARTENARIATS("Les partenariats");

    private final String libelle;

    Theme(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<Theme> lire(String brut) {
        return Codes.lire(Theme.class, brut);
    }

    public static String attendus() {
        return Codes.attendus(Theme.class);
    }
}
