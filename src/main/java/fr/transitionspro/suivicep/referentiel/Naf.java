package fr.transitionspro.suivicep.referentiel;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NAF rév. 2 activity as read from a file: a code with or without its dot ({@code 47.11F},
 * {@code 4711F}), a bare division ({@code 47}) or a bare section letter ({@code G}); its section
 * is derived from the division (formats.md, "naf").
 */
public record Naf(String code, String section) {

    private static final Pattern SOUS_CLASSE = Pattern.compile("(\\d{2})\\.?(\\d{2})([A-Z])?");
    private static final Pattern DIVISION = Pattern.compile("\\d{2}");
    private static final Pattern SECTION = Pattern.compile("[A-U]");

    public static final String ATTENDU =
            "un code NAF rév. 2 (47.11F, 4711F), une division (47) ou une lettre de section (A à U)";

    public static Optional<Naf> lire(String brut) {
        String valeur = brut.trim().toUpperCase(Locale.ROOT);
        if (SECTION.matcher(valeur).matches()) {
            return Optional.of(new Naf(valeur, valeur));
        }
        if (DIVISION.matcher(valeur).matches()) {
            return sectionDe(Integer.parseInt(valeur)).map(s -> new Naf(valeur, s));
        }
        Matcher m = SOUS_CLASSE.matcher(valeur);
        if (m.matches()) {
            String code = m.group(1) + "." + m.group(2) + (m.group(3) == null ? "" : m.group(3));
            return sectionDe(Integer.parseInt(m.group(1))).map(s -> new Naf(code, s));
        }
        return Optional.empty();
    }

    /** NAF rév. 2: the section of each division range; divisions outside these ranges do not exist. */
    static Optional<String> sectionDe(int division) {
        int[][] bornes = {{1, 3}, {5, 9}, {10, 33}, {35, 35}, {36, 39}, {41, 43}, {45, 47}, {49, 53}, {55, 56},
            {58, 63}, {64, 66}, {68, 68}, {69, 75}, {77, 82}, {84, 84}, {85, 85}, {86, 88}, {90, 93}, {94, 96},
            {97, 98}, {99, 99}};
        for (int i = 0; i < bornes.length; i++) {
            if (division >= bornes[i][0] && division <= bornes[i][1]) {
                return Optional.of(String.valueOf((char) ('A' + i)));
            }
        }
        return Optional.empty();
    }
}
