package fr.transitionspro.suivicep.campagne;

import java.util.Arrays;
import java.util.Optional;

/** Where a milestone stands. « En retard » is not a status: it is a planned date past while not done. */
public enum Statut {
    A_FAIRE("à faire"),
    EN_COURS("en cours"),
    FAIT("fait");

    private final String libelle;

    Statut(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    public static Optional<Statut> lire(String code) {
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst();
    }
}
