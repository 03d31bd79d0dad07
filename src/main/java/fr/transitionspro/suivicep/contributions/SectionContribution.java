package fr.transitionspro.suivicep.contributions;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two places of the report an operator writes: its own section of Part 1 (2.1 to 2.5, what it did for the CEP in
 * the region, with Transitions Pro and the other actors) and its paragraph in Part 2, 1.4 « Le retour des opérateurs
 * CEP » (its observations on the year). {@code chemin} is the section's name in web addresses.
 */
public enum SectionContribution {
    COOPERATIONS("cooperations", "Bilan des coopérations", "Les coopérations de l’opérateur",
            "Partie 1, section 2.%d\u00a0: ce que l’opérateur a fait pour le CEP dans la région, avec Transitions Pro et les acteurs en région"),
    CONSTATS("constats", "Retour", "Le retour de l’opérateur",
            "Partie 2, section 1.4 «\u00a0Le retour des opérateurs CEP\u00a0»\u00a0: les constats de l’opérateur sur l’année");

    private final String chemin;
    private final String nom;
    private final String titre;
    private final String place;

    SectionContribution(String chemin, String nom, String titre, String place) {
        this.chemin = chemin;
        this.nom = nom;
        this.titre = titre;
        this.place = place;
    }

    public String chemin() {
        return chemin;
    }

    /** « Retour », « Bilan des coopérations »: masculine singular nouns, so that one wording fits both (« Retour Apec non reçu »). */
    public String nom() {
        return nom;
    }

    public String titre() {
        return titre;
    }

    /** Where the operator's text goes in the report (« Partie 1, section 2.4 : … »), for the person writing it. */
    public String place(String operateur) {
        return this == COOPERATIONS ? String.format(place, Contributions.OPERATEURS.indexOf(operateur) + 1) : place;
    }

    public static Optional<SectionContribution> deChemin(String chemin) {
        return Arrays.stream(values()).filter(s -> s.chemin.equals(chemin)).findFirst();
    }
}
