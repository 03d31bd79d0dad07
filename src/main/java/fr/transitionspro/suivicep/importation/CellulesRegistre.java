package fr.transitionspro.suivicep.importation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cells of the cooperation register that the other files do not have: dates, dates known only to
 * the year or the month (conventions « signée en 2021 »), and multi-valued cells whose values are
 * separated by {@code |}. Each reader returns null and records an error when the cell is wrong.
 */
final class CellulesRegistre {

    static final String SEPARATEUR = "|";
    static final String ATTENDU_DATE = "date au format JJ/MM/AAAA ou AAAA-MM-JJ (ex. 14/02/2023)";
    static final String ATTENDU_DATE_PARTIELLE = "date au format JJ/MM/AAAA, MM/AAAA ou AAAA (ex. 14/02/2023, 02/2023, 2023)";

    private static final Pattern FRANCAISE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MOIS = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern MOIS_ISO = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern ANNEE = Pattern.compile("\\d{4}");

    private CellulesRegistre() {
    }

    static LocalDate date(Ligne l, String colonne, boolean requis) {
        String v = requis ? l.obligatoire(colonne) : l.brut(colonne);
        if (v == null) {
            return null;
        }
        Optional<LocalDate> d = date(v);
        if (d.isEmpty()) {
            l.erreur(colonne, v, ATTENDU_DATE + " attendue");
            return null;
        }
        return d.get();
    }

    /** The date as ISO text of its precision: « 2021 », « 2021-03 » or « 2021-03-15 ». */
    static String datePartielle(Ligne l, String colonne) {
        String v = l.brut(colonne);
        if (v == null) {
            return null;
        }
        Optional<LocalDate> complete = date(v);
        if (complete.isPresent()) {
            return complete.get().toString();
        }
        Matcher m = MOIS.matcher(v);
        Matcher iso = MOIS_ISO.matcher(v);
        try {
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString();
            }
            if (iso.matches()) {
                return YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))).toString();
            }
        } catch (DateTimeException e) {
            // falls through to the error below: a month 13 is not a date
        }
        if (ANNEE.matcher(v).matches() && Integer.parseInt(v) >= 1970 && Integer.parseInt(v) <= Annees.MAX) {
            return v;
        }
        l.erreur(colonne, v, ATTENDU_DATE_PARTIELLE + " attendue");
        return null;
    }

    private static Optional<LocalDate> date(String v) {
        try {
            Matcher f = FRANCAISE.matcher(v);
            if (f.matches()) {
                return annee(LocalDate.of(Integer.parseInt(f.group(3)), Integer.parseInt(f.group(2)), Integer.parseInt(f.group(1))));
            }
            Matcher i = ISO.matcher(v);
            if (i.matches()) {
                return annee(LocalDate.of(Integer.parseInt(i.group(1)), Integer.parseInt(i.group(2)), Integer.parseInt(i.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> annee(LocalDate d) {
        return d.getYear() >= Annees.MIN && d.getYear() <= Annees.MAX ? Optional.of(d) : Optional.empty();
    }

    /** One code of a register list, read like {@link Ligne#code}: same message when it is unknown. */
    static <T> T code(Ligne l, String colonne, Function<String, Optional<T>> lecteur, String attendus, boolean requis) {
        String v = requis ? l.obligatoire(colonne) : l.brut(colonne);
        if (v == null) {
            return null;
        }
        Optional<T> code = lecteur.apply(v);
        if (code.isEmpty()) {
            l.erreur(colonne, v, "code attendu parmi : " + attendus);
            return null;
        }
        return code.get();
    }

    /**
     * Codes separated by {@code |}, each read by {@code lecteur}; stored in the order of
     * {@code ordre} (the code list), each once. An unknown code refuses the whole cell, naming it.
     */
    static String codes(Ligne l, String colonne, Function<String, Optional<String>> lecteur, List<String> ordre,
            String attendus, boolean requis) {
        String v = requis ? l.obligatoire(colonne) : l.brut(colonne);
        if (v == null) {
            return null;
        }
        Set<String> lus = new LinkedHashSet<>();
        for (String partie : parties(v)) {
            Optional<String> code = lecteur.apply(partie);
            if (code.isEmpty()) {
                l.erreur(colonne, v, "« " + partie + " » n'est pas un code connu ; codes attendus parmi : " + attendus
                        + " (plusieurs codes séparés par « | »)");
                return null;
            }
            lus.add(code.get());
        }
        if (lus.isEmpty()) {
            if (requis) {
                l.erreur(colonne, v, "au moins un code parmi : " + attendus);
            }
            return null;
        }
        return String.join(SEPARATEUR, ordre.stream().filter(lus::contains).toList());
    }

    /** Free texts separated by {@code |} (partner names), in the file's order, each once. */
    static String textes(Ligne l, String colonne) {
        String v = l.texte(colonne, false);
        if (v == null) {
            return null;
        }
        List<String> lus = new ArrayList<>(new LinkedHashSet<>(parties(v)));
        for (String partie : lus) {
            if (Ligne.FORMULE.indexOf(partie.charAt(0)) >= 0) {
                l.erreur(colonne, v, "« " + partie + " » : " + Ligne.TEXTE_SANS_FORMULE);
                return null;
            }
        }
        return lus.isEmpty() ? null : String.join(SEPARATEUR, lus);
    }

    private static List<String> parties(String cellule) {
        List<String> parties = new ArrayList<>();
        for (String p : cellule.split("\\|")) {
            if (!p.isBlank()) {
                parties.add(p.strip());
            }
        }
        return parties;
    }
}
