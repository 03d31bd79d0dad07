package fr.transitionspro.suivicep.comptes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an account may do; every role but NATIONAL is confined to one region. */
public enum Role {
    NATIONAL("France compétences : lit toutes les régions"),
    REFERENT("référent de l'association : tout sur sa région, gère ses comptes"),
    CONTRIBUTEUR("registre des coopérations et textes de sa région"),
    OPERATEUR("un réseau d'opérateur dans une région : sa contribution et ses chiffres"),
    LECTEUR("lecture seule de sa région");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public boolean regional() {
        return this != NATIONAL;
    }

    public static Optional<Role> lire(String texte) {
        String t = texte == null ? "" : texte.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(t)).findFirst();
    }

    public static String attendus() {
        return Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
    }
}
