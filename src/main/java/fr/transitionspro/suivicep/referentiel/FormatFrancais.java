package fr.transitionspro.suivicep.referentiel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * French number typography, as the report prints it: a narrow no-break space between
 * thousands (1 265), a decimal comma (9,9), a no-break space before the percent sign (9,9 %).
 * Rounding is half-up, applied to the decimal value (so that 0,125 at two decimals is 0,13).
 */
public final class FormatFrancais {

    /** U+202F NARROW NO-BREAK SPACE: the thousands separator of French typography. */
    public static final char ESPACE_FINE = '\u202f';
    /** U+00A0 NO-BREAK SPACE: before %, and between a number and its unit. */
    public static final char ESPACE_INSECABLE = '\u00a0';

    private FormatFrancais() {
    }

    public static String entier(long n) {
        return nombre(n, 0);
    }

    /** A number rounded to {@code decimales}, French separators; "−" for negatives. */
    public static String nombre(double valeur, int decimales) {
        BigDecimal arrondi = BigDecimal.valueOf(valeur).setScale(decimales, RoundingMode.HALF_UP);
        DecimalFormatSymbols s = new DecimalFormatSymbols(Locale.FRANCE);
        s.setGroupingSeparator(ESPACE_FINE);
        s.setDecimalSeparator(',');
        s.setMinusSign('\u2212');
        DecimalFormat f = new DecimalFormat(decimales == 0 ? "#,##0" : "#,##0." + "0".repeat(decimales), s);
        String texte = f.format(arrondi);
        return texte.equals("\u22120") || texte.matches("\u22120,0+") ? texte.substring(1) : texte;
    }

    public static String pourcentage(double valeur, int decimales) {
        return nombre(valeur, decimales) + ESPACE_INSECABLE + "%";
    }

    /** A variation with its sign: "+2,1 %", "−3,2 %". */
    public static String variation(double valeur, int decimales) {
        String p = pourcentage(valeur, decimales);
        return p.startsWith("\u2212") || BigDecimal.valueOf(valeur).setScale(decimales, RoundingMode.HALF_UP).signum() == 0
                ? p : "+" + p;
    }
}
