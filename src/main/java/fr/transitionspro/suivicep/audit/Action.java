package fr.transitionspro.suivicep.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the audit log records; stored by name, shown by label. A new kind of event is a new constant, not a migration. */
public enum Action {
    CONNEXION("Connexion réussie"),
    CONNEXION_ECHOUEE("Connexion échouée"),
    CONNEXION_BLOQUEE("Connexion refusée (trop d’essais)"),
    IMPORT("Import"),
    MODIFICATION_TEXTE("Modification de texte"),
    VALIDATION("Validation"),
    EXPORT("Export"),
    RAPPORT("Rapport"),
    COMPTE("Compte"),
    CAMPAGNE("Jalons de campagne"),
    REGISTRE("Saisie du registre des coopérations"),
    SAUVEGARDE("Sauvegarde de la base"),
    RESTAURATION("Restauration d'une sauvegarde"),
    PURGE("Purge des données détaillées");

    private final String libelle;

    Action(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** The action of a name as stored or typed (case-insensitive), if it is one. */
    public static Optional<Action> lire(String nom) {
        String n = nom == null ? "" : nom.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.name().equals(n)).findFirst();
    }
}
