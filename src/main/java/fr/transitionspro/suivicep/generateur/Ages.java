package fr.transitionspro.suivicep.generateur;

import java.util.ArrayList;
import java.util.List;

/** Ages as drawn (Integer, {@code null} = unknown) and as written, without formatting per row. */
final class Ages {
    static final int MIN = 16;
    static final int MAX = 70;

    private static final String[] TEXTES = new String[MAX + 1];

    static {
        for (int a = 0; a <= MAX; a++) {
            TEXTES[a] = Integer.toString(a);
        }
    }

    private Ages() {}

    /** All ages of a band, bounds included, to share a band's weight among them. */
    static List<Integer> de(int min, int max) {
        if (min < MIN || max > MAX || min > max) {
            throw new IllegalArgumentException("age band " + min + "–" + max + " outside " + MIN + "–" + MAX);
        }
        List<Integer> ages = new ArrayList<>();
        for (int a = min; a <= max; a++) {
            ages.add(a); // Integer.valueOf caches these, so drawing them never allocates
        }
        return ages;
    }

    /** The cell text: the age, or empty when unknown. */
    static String texte(Integer age) {
        return age == null ? "" : TEXTES[age];
    }
}
