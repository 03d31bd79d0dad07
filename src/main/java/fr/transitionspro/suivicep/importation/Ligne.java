package fr.transitionspro.suivicep.importation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.transitionspro.suivicep.referentiel.Nomenclature;

/**
 * One data row of a file, read through the header and the mapping: canonical column → cell.
 * Each reading method returns the typed value, or null when the cell is empty (unknown) or
 * wrong; a wrong cell adds an {@link Erreur} naming line, column, value and what was expected.
 */
final class Ligne {

    private final Entete entete;
    private final List<String> cellules;
    private final int numero;
    private final Erreurs erreurs;

    Ligne(Entete entete, List<String> cellules, int numero, Erreurs erreurs) {
        this.entete = entete;
        this.cellules = cellules;
        this.numero = numero;
        this.erreurs = erreurs;
    }

    int numero() {
        return numero;
    }

    /** The cell after code mapping, stripped, without an export's neutralising apostrophe; null when empty or absent. */
    String brut(String colonne) {
        String valeur = entete.constante(colonne);
        if (valeur == null) {
            int index = entete.index(colonne);
            if (index < 0 || index >= cellules.size()) {
                return null;
            }
            valeur = cellules.get(index);
        }
        valeur = valeur == null ? "" : valeur.strip();
        if (valeur.isEmpty()) {
            return null;
        }
        // The apostrophe an export puts before = + - @ ' so that a spreadsheet shows text, not a formula.
        if (valeur.length() > 1 && valeur.charAt(0) == '\'' && "=+-@'".indexOf(valeur.charAt(1)) >= 0) {
            valeur = valeur.substring(1);
        }
        Map<String, String> codes = entete.codes(colonne);
        if (codes != null) {
            String code = codes.get(valeur.toUpperCase(Locale.ROOT));
            if (code == null) {
                erreur(colonne, valeur, "valeur absente de la table « codes » du fichier de correspondance pour cette colonne");
                return null;
            }
            return code.isBlank() ? null : code.strip();
        }
        return valeur;
    }

    String obligatoire(String colonne) {
        String v = brut(colonne);
        if (v == null) {
            erreur(colonne, null, "valeur obligatoire manquante");
        }
        return v;
    }

    String code(String colonne, Nomenclature nomenclature, boolean requis) {
        String v = requis ? obligatoire(colonne) : brut(colonne);
        if (v == null) {
            return null;
        }
        Optional<String> code = nomenclature.lire(v);
        if (code.isEmpty()) {
            erreur(colonne, v, "code attendu parmi : " + nomenclature.attendu());
            return null;
        }
        return code.get();
    }

    Integer entier(String colonne, long min, long max, boolean requis) {
        Long v = entierLong(colonne, min, max, requis);
        return v == null ? null : v.intValue();
    }

    Long entierLong(String colonne, long min, long max, boolean requis) {
        String v = requis ? obligatoire(colonne) : brut(colonne);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v.replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
            if (n < min || n > max) {
                erreur(colonne, v, "nombre entier entre " + min + " et " + max + " attendu");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            erreur(colonne, v, "nombre entier attendu" + (max < Long.MAX_VALUE ? " (entre " + min + " et " + max + ")" : ""));
            return null;
        }
    }

    /** A decimal number, with a point or a French comma. */
    Double decimal(String colonne, boolean requis) {
        String v = requis ? obligatoire(colonne) : brut(colonne);
        if (v == null) {
            return null;
        }
        try {
            String s = v.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
            if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
                s = s.replace(',', '.');
            }
            double d = new BigDecimal(s).doubleValue();
            if (Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            erreur(colonne, v, "nombre attendu (par exemple 9,9 ou 9.9)");
            return null;
        }
    }

    <T> T format(String colonne, Function<String, Optional<T>> lecteur, String attendu) {
        String v = brut(colonne);
        if (v == null) {
            return null;
        }
        Optional<T> lu = lecteur.apply(v);
        if (lu.isEmpty()) {
            erreur(colonne, v, attendu + " attendu");
            return null;
        }
        return lu.get();
    }

    void erreur(String colonne, String valeur, String attendu) {
        erreurs.ajouter(new Erreur(numero, entete.numero(colonne), entete.nomSource(colonne), valeur, attendu));
    }

    void erreurLigne(String message) {
        erreurs.ajouter(new Erreur(numero, 0, null, null, message));
    }
}
