package fr.transitionspro.suivicep.importation;

import java.util.List;
import java.util.stream.Collectors;

import fr.transitionspro.suivicep.referentiel.Nomenclature;

/**
 * A type's rules in SQL (see {@link Conversion#enSql}): a condition true for a row whose every cell is in its
 * canonical form and valid, the converted values in the order of {@link Conversion#colonnesTable()}, and the
 * slice's region and year.
 */
record ConversionSql(String valide, List<String> valeurs, String region, String annee) {

    /** A code of {@code nomenclature} written exactly as its canonical code. */
    static String code(String cellule, Nomenclature nomenclature, boolean requis) {
        String liste = nomenclature.codes().stream().map(c -> "'" + c.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        return facultatif(cellule, cellule + " IN (" + liste + ")", requis);
    }

    /**
     * An integer between {@code min} and {@code max} written as SQL writes it back (digits only: no sign, space,
     * leading zero or separator) — cheaper than a regular expression on millions of cells.
     */
    static String entier(String cellule, long min, long max, boolean requis) {
        String nombre = "TRY_CAST(" + cellule + " AS BIGINT)";
        return facultatif(cellule, "(" + nombre + " BETWEEN " + min + " AND " + max + " AND CAST(" + nombre
                + " AS VARCHAR) = " + cellule + ")", requis);
    }

    private static String facultatif(String cellule, String regle, boolean requis) {
        return "(" + cellule + (requis ? " IS NOT NULL AND " : " IS NULL OR ") + regle + ")";
    }
}
