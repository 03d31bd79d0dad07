package fr.transitionspro.suivicep.cooperation;

import java.util.Optional;

/** The kinds of places where an operator receives the public. */
public enum TypeSite {

    AGENCE("Agence", "Agences"),
    ANTENNE("Antenne", "Antennes"),
    PERMANENCE("Permanence", "Permanences"),
    POINT_ACCUEIL("Point d'accueil", "Points d'accueil"),
    FRANCE_SERVICES("France services", "France services");

    private final String libelle;
    private final String pluriel;

    TypeSite(String libelle, String pluriel) {
        this.libelle = libelle;
        this.pluriel = pluriel;
    }

    public String libelle() {
        return libelle;
    }

    /** Column header of the counts table. */
    public String pluriel() {
        return pluriel;
    }

    public static Optional<TypeSite> lire(String brut) {
        return Codes.lire(TypeSite.class, brut);
    }

    public static String attendus() {
        return Codes.attendus(TypeSite.class);
    }
}
