package fr.transitionspro.suivicep.rapport;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import java.util.Optional;

/**
 * One cell of a report table: the text as printed and a CSS class. The class lets the template
 * align figures to the right and text to the left, and grey out what is not available, without
 * the template having to know what the cell holds.
 */
record Cellule(String texte, String classe) {

    /** What a missing value prints: never 0, which would be a false figure. */
    static final String NON_DISPONIBLE = "n.d.";

    static Cellule nonDisponible() {
        return new Cellule(NON_DISPONIBLE, "nd");
    }

    /** A cell left empty on purpose: the measure has no meaning there (e.g. the variation of a rate). */
    static Cellule vide() {
        return new Cellule("", "vide");
    }

    static Cellule texte(String texte) {
        return new Cellule(texte, "texte");
    }

    /** The reason why a variation is not printed (a declared series break). */
    static Cellule motif(String motif) {
        return new Cellule(motif, "motif");
    }

    static Cellule entier(Optional<Double> valeur) {
        return valeur.map(v -> new Cellule(FormatFrancais.nombre(v, 0), "nombre")).orElseGet(Cellule::nonDisponible);
    }

    static Cellule nombre(Optional<Double> valeur, int decimales) {
        return valeur.map(v -> new Cellule(FormatFrancais.nombre(v, decimales), "nombre")).orElseGet(Cellule::nonDisponible);
    }

    static Cellule pourcentage(Optional<Double> valeur, int decimales) {
        return valeur.map(v -> new Cellule(FormatFrancais.pourcentage(v, decimales), "nombre"))
                .orElseGet(Cellule::nonDisponible);
    }

    static Cellule variation(Optional<Double> valeur, int decimales) {
        return valeur.map(v -> new Cellule(FormatFrancais.variation(v, decimales), "nombre"))
                .orElseGet(Cellule::nonDisponible);
    }

    boolean estNonDisponible() {
        return "nd".equals(classe);
    }
}
