package fr.transitionspro.suivicep.rapport;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import java.util.Optional;

/**
 * One cell of a report table: the text as printed and a CSS class. The class lets the template
 * align figures to the right and text to the left, and grey out what is not available, without
 * the template having to know what the cell holds.
 *
 * <p>A cell printed from an indicator value also keeps that value, unrounded, and how it was
 * printed ({@link Brute}): the spreadsheet export writes numbers, not the rounded text.
 * {@code brute} is null for text cells (labels, « n.d. », motifs, ranks).
 */
record Cellule(String texte, String classe, Brute brute) {

    /** What a missing value prints: never 0, which would be a false figure. */
    static final String NON_DISPONIBLE = "n.d.";

    /** How a value is printed, so that another renderer can print it the same way. */
    enum Nature {
        /** 1 265 */
        ENTIER,
        /** 37,3 */
        NOMBRE,
        /** 6,3 % — the value is already in percent (6.325), as the catalogue computes rates. */
        POURCENTAGE,
        /** +15,0 % / −20,0 % — a percent change, printed with its sign. */
        VARIATION
    }

    /**
     * The indicator value behind the text, unrounded, with the way it was printed and, when known,
     * how many people it rests on ({@code personnes}, for the disclosure rule; null otherwise).
     */
    record Brute(double valeur, Nature nature, int decimales, Double personnes) {
        Brute(double valeur, Nature nature, int decimales) {
            this(valeur, nature, decimales, null);
        }
    }

    /** What a value hidden by the disclosure rule prints (« s », as INSEE does); the table's note says why. */
    static Cellule secret() {
        return new Cellule(fr.transitionspro.suivicep.diffusion.SecretStatistique.SYMBOLE, "secret");
    }

    boolean estSecret() {
        return "secret".equals(classe);
    }

    /** The same cell, knowing how many people its value rests on. */
    Cellule avecPersonnes(Optional<Double> personnes) {
        if (brute == null || personnes.isEmpty()) {
            return this;
        }
        return new Cellule(texte, classe, new Brute(brute.valeur(), brute.nature(), brute.decimales(), personnes.get()));
    }

    /** A cell without a value behind it (text), as every cell was before values were kept. */
    Cellule(String texte, String classe) {
        this(texte, classe, null);
    }

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
        return valeur.map(v -> new Cellule(FormatFrancais.nombre(v, 0), "nombre", new Brute(v, Nature.ENTIER, 0)))
                .orElseGet(Cellule::nonDisponible);
    }

    static Cellule nombre(Optional<Double> valeur, int decimales) {
        return valeur.map(v -> new Cellule(FormatFrancais.nombre(v, decimales), "nombre",
                new Brute(v, Nature.NOMBRE, decimales))).orElseGet(Cellule::nonDisponible);
    }

    static Cellule pourcentage(Optional<Double> valeur, int decimales) {
        return valeur.map(v -> new Cellule(FormatFrancais.pourcentage(v, decimales), "nombre",
                new Brute(v, Nature.POURCENTAGE, decimales))).orElseGet(Cellule::nonDisponible);
    }

    static Cellule variation(Optional<Double> valeur, int decimales) {
        return valeur.map(v -> new Cellule(FormatFrancais.variation(v, decimales), "nombre",
                new Brute(v, Nature.VARIATION, decimales))).orElseGet(Cellule::nonDisponible);
    }

    /** The value behind the printed text, when the cell prints one. */
    Optional<Brute> valeur() {
        return Optional.ofNullable(brute);
    }

    boolean estNonDisponible() {
        return "nd".equals(classe);
    }
}
