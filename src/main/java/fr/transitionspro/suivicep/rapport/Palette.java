package fr.transitionspro.suivicep.rapport;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts' colours: one sequential blue ramp (ColorBrewer « Blues », light to dark), so that
 * the order of the series (years, age bands, levels, map classes) is also an order of lightness
 * and stays readable when the report is printed in grey. The lightest tint is left out: it would
 * not stand out from the white page.
 */
final class Palette {

    private static final Color[] BLEUS = {
        new Color(0xc6dbef), new Color(0x9ecae1), new Color(0x6baed6), new Color(0x4292c6),
        new Color(0x2171b5), new Color(0x08519c), new Color(0x08306b), new Color(0x041f47),
    };

    /** Text and lines: the report's body colour. */
    static final Color ENCRE = new Color(0x1d2329);
    static final Color GRILLE = new Color(0xd5dbe1);
    /** Bar outlines: they keep the light tints apart from the page and from each other. */
    static final Color CONTOUR = new Color(0x3c4650);
    /** No value: a grey that no tint of the ramp has. */
    static final Color SANS_VALEUR = new Color(0xe8e8e8);

    private Palette() {
    }

    /** {@code n} tints spread over the ramp, light to dark; one series gets a mid-dark blue. */
    static List<Color> teintes(int n) {
        List<Color> teintes = new ArrayList<>();
        if (n == 1) {
            teintes.add(BLEUS[4]);
            return teintes;
        }
        for (int i = 0; i < n; i++) {
            double position = (double) i / (n - 1) * (BLEUS.length - 1);
            teintes.add(interpoler(position));
        }
        return teintes;
    }

    private static Color interpoler(double position) {
        int bas = (int) Math.floor(position);
        int haut = Math.min(BLEUS.length - 1, bas + 1);
        double t = position - bas;
        Color a = BLEUS[bas];
        Color b = BLEUS[haut];
        return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }

    /** Relative luminance (WCAG), 0 for black to 1 for white. */
    static double luminance(Color c) {
        return 0.2126 * lineaire(c.getRed()) + 0.7152 * lineaire(c.getGreen()) + 0.0722 * lineaire(c.getBlue());
    }

    /** White text on dark tints, the body colour on light ones: the higher WCAG contrast of the two. */
    static Color texteSur(Color fond) {
        double l = luminance(fond);
        double contrasteBlanc = 1.05 / (l + 0.05);
        double contrasteEncre = (l + 0.05) / (luminance(ENCRE) + 0.05);
        return contrasteBlanc >= contrasteEncre ? Color.WHITE : ENCRE;
    }

    private static double lineaire(int composante) {
        double c = composante / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
