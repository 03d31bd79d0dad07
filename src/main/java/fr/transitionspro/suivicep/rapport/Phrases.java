package fr.transitionspro.suivicep.rapport;

import fr.transitionspro.suivicep.referentiel.FormatFrancais;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Pieces of French sentences shared by the sections: the verb of a change, ordinals, lists, quotes. */
final class Phrases {

    private Phrases() {
    }

    /**
     * The verb of a change, from its sign as displayed: « a augmenté de 13,7 % », « a diminué de
     * 3,2 % », « est resté stable » (when it rounds to zero, saying "augmenté de 0,0 %" would be odd).
     */
    static String evolution(double variation, int decimales) {
        String participe = participe(variation, decimales);
        return participe.equals(STABLE) ? "est resté stable" : "a " + participe;
    }

    private static final String STABLE = "été stable";

    /** The past participle alone, for « il a augmenté de 2,1 % en Bretagne et diminué de 0,5 % … ». */
    static String participe(double variation, int decimales) {
        int signe = BigDecimal.valueOf(variation).setScale(decimales, RoundingMode.HALF_UP).signum();
        if (signe == 0) {
            return STABLE;
        }
        String ampleur = FormatFrancais.pourcentage(Math.abs(variation), decimales);
        return (signe > 0 ? "augmenté de " : "diminué de ") + ampleur;
    }

    /** Feminine ordinal, as in « la 5e région », « la 1re région ». */
    static String ordinal(int n) {
        return n == 1 ? "1re" : n + "e";
    }

    /** « A », « A et B », « A, B et C ». */
    static String enumeration(List<String> elements) {
        if (elements.isEmpty()) {
            return "";
        }
        if (elements.size() == 1) {
            return elements.get(0);
        }
        return String.join(", ", elements.subList(0, elements.size() - 1)) + " et " + elements.get(elements.size() - 1);
    }

    /** French quotation marks with their no-break spaces. */
    static String guillemets(String texte) {
        return "«" + FormatFrancais.ESPACE_INSECABLE + texte + FormatFrancais.ESPACE_INSECABLE + "»";
    }

    static String pourcentage(double valeur, int decimales) {
        return FormatFrancais.pourcentage(valeur, decimales);
    }

    static String nombre(double valeur) {
        return FormatFrancais.nombre(valeur, 0);
    }

    /** A signed count, for the differences reported by an operator: « +15 374 », « −120 ». */
    static String nombreSigne(double valeur) {
        String texte = FormatFrancais.nombre(valeur, 0);
        return texte.startsWith("\u2212") || texte.equals("0") ? texte : "+" + texte;
    }

    /** An age: whole years print without decimals, a mean or an even-count median with one. */
    static String ans(double valeur) {
        boolean entier = valeur == Math.rint(valeur);
        return FormatFrancais.nombre(valeur, entier ? 0 : 1) + FormatFrancais.ESPACE_INSECABLE + "ans";
    }

    /** « de » before a noun phrase, contracted: « le nombre » → « du nombre », « la part » → « de la part ». */
    static String complementDe(String groupe) {
        return groupe.startsWith("le ") ? "du " + groupe.substring(3) : groupe.startsWith("les ") ? "des " + groupe.substring(4)
                : "de " + groupe;
    }

    static String majuscule(String texte) {
        return texte.isEmpty() ? texte : Character.toUpperCase(texte.charAt(0)) + texte.substring(1);
    }

    /** A sentence ending with exactly one final stop, whether or not the text already has one. */
    static String terminee(String texte) {
        String t = texte.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
