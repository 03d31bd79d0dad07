package fr.transitionspro.suivicep.cooperation;

/** A place where an operator receives the public. {@code permanence}: its days and hours, when given. */
public record LieuAccueil(String operateur, String lieu, String commune, String departement, TypeSite type,
        String permanence) {
}
