package fr.transitionspro.suivicep.indicateurs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import fr.transitionspro.suivicep.indicateurs.Catalogue.Dimension;

/**
 * Turns one declaration (for one dimension variant) into one SQL query over its source.
 *
 * <p>Contract of the query: columns {@code r} (region or aggregate code), {@code a} (year),
 * {@code d0…dn} (dimension codes, in the variant's order) and {@code valeur}. The SQL stays
 * within what both DuckDB and PostgreSQL run: subqueries, window functions, positional GROUP
 * BY, and {@code 100.0 *} / {@code * 1.0} before every division (PostgreSQL divides integers
 * as integers).
 */
final class RequeteSql {

    private RequeteSql() {
    }

    static String pour(Definition d, Source s, List<Dimension> dims, Collection<Integer> annees) {
        return pour(d, s, dims, annees, List.of());
    }

    /**
     * The same query restricted to some output codes ({@code r}): regions, FM or FR; empty = all. The cache
     * recomputes only the codes whose data changed (see {@link CacheIndicateurs}).
     */
    static String pour(Definition d, Source s, List<Dimension> dims, Collection<Integer> annees, Collection<String> zones) {
        return pour(d, s, dims, annees, zones, false);
    }

    /**
     * The measures whose {@link #effectif} rests on exactly the rows and groups of the value's own query: one
     * query then gives both (column {@code effectif}), and the rows are read once instead of twice.
     */
    static final java.util.Set<String> EFFECTIF_DANS_LA_REQUETE = java.util.Set.of("part", "part_du_total", "taux", "moyenne",
            "minimum", "maximum");

    /**
     * The value's query, with {@code avecEffectif} (a measure of {@link #EFFECTIF_DANS_LA_REQUETE}) a column
     * {@code effectif} besides {@code valeur}: the {@link #effectif} of each row, computed by the same expression. The
     * value's own expression is unchanged, so that its result is the same to the last bit.
     */
    static String pour(Definition d, Source s, List<Dimension> dims, Collection<Integer> annees, Collection<String> zones,
            boolean avecEffectif) {
        if (avecEffectif && !EFFECTIF_DANS_LA_REQUETE.contains(d.mesure())) {
            throw new IllegalArgumentException("effectif calculé à part pour la mesure " + d.mesure());
        }
        String lignes = lignes(d, s, dims, annees, zones);
        List<String> ds = IntStream.range(0, dims.size()).mapToObj(i -> "d" + i).toList();
        String colonnes = ds.isEmpty() ? "" : ", " + String.join(", ", ds);
        String autres = ds.isEmpty() ? "" : ds.subList(0, ds.size() - 1).stream().map(x -> ", " + x).collect(Collectors.joining());
        String derniere = ds.isEmpty() ? null : ds.get(ds.size() - 1);
        String poids = "(" + s.poids() + ")";
        String groupe = groupBy(2 + dims.size());
        // The effectif column: the same expression as in effectif(), for the same rows and groups.
        String total = avecEffectif ? ", SUM(" + poids + ") AS effectif" : "";
        String totalFenetre = avecEffectif ? ", SUM(w) OVER (PARTITION BY r, a" + autres + ") AS effectif" : "";
        switch (d.mesure()) {
            case "somme":
                return "SELECT r, a" + colonnes + ", SUM(" + poids + ") AS valeur FROM " + lignes + groupe;
            case "taux":
                return "SELECT r, a" + colonnes + ", 100.0 * SUM(CASE WHEN (" + d.numerateur() + ") THEN " + poids
                        + " ELSE 0 END) / SUM(" + poids + ") AS valeur" + total + " FROM " + lignes + groupe;
            case "part":
                return "SELECT r, a" + colonnes + ", 100.0 * w / SUM(w) OVER (PARTITION BY r, a" + autres + ") AS valeur"
                        + totalFenetre + " FROM (SELECT r, a" + colonnes + ", SUM(" + poids + ") AS w FROM " + lignes + groupe + ") g";
            case "part_du_total":
                return "SELECT r, a" + colonnes + ", valeur" + (avecEffectif ? ", effectif" : "") + " FROM (SELECT r, a" + colonnes
                        + ", 100.0 * w / SUM(w) OVER (PARTITION BY r, a" + autres + ") AS valeur" + totalFenetre + " FROM ("
                        + "SELECT r, a" + colonnes + ", SUM(" + poids + ") AS w FROM " + lignes + groupe + ") g) t WHERE "
                        + derniere + " IS NOT NULL";
            case "top10.part", "top10.nombre":
                String valeur = d.mesure().equals("top10.part") ? "part" : "w";
                return "SELECT r, a" + colonnes + ", " + valeur + " AS valeur FROM (SELECT r, a" + colonnes
                        + ", w, 100.0 * w / SUM(w) OVER (PARTITION BY r, a" + autres + ") AS part, "
                        + "ROW_NUMBER() OVER (PARTITION BY r, a" + autres + " ORDER BY w DESC, " + derniere + " ASC) AS rang FROM ("
                        + "SELECT r, a" + colonnes + ", SUM(" + poids + ") AS w FROM " + lignes + groupe + ") g) t WHERE rang <= 10";
            case "moyenne":
                return "SELECT r, a" + colonnes + ", SUM(" + poids + " * (" + d.colonne() + ")) * 1.0 / SUM(" + poids
                        + ") AS valeur" + total + " FROM " + lignes + " AND (" + d.colonne() + ") IS NOT NULL" + groupe;
            case "minimum", "maximum":
                String f = d.mesure().equals("minimum") ? "MIN" : "MAX";
                return "SELECT r, a" + colonnes + ", " + f + "(" + d.colonne() + ") AS valeur" + total + " FROM " + lignes
                        + " AND (" + d.colonne() + ") IS NOT NULL" + groupe;
            case "mediane":
                return mediane(d, poids, lignes, colonnes, dims.size());
            default:
                throw new IllegalArgumentException("mesure non calculée en SQL : " + d.mesure());
        }
    }

    /** The measures whose value is a share, rate or mean: each rests on a number of people, its {@link #effectif}. */
    static final java.util.Set<String> MESURES_SUR_EFFECTIF = java.util.Set.of("part", "part_du_total", "taux", "top10.part",
            "moyenne", "mediane", "minimum", "maximum");

    /**
     * How many people (weighted rows) each value of a share, rate or mean rests on: the total of its
     * group for a share (the rows whose category is known, or all of them for {@code part_du_total}),
     * all rows for a rate, the rows with a known {@code colonne} for a mean or median. Same columns as
     * {@link #pour}, keyed like the values it describes.
     */
    static String effectif(Definition d, Source s, List<Dimension> dims, Collection<Integer> annees) {
        return effectif(d, s, dims, annees, List.of());
    }

    /** The same for some output codes only (empty = all). */
    static String effectif(Definition d, Source s, List<Dimension> dims, Collection<Integer> annees, Collection<String> zones) {
        String lignes = lignes(d, s, dims, annees, zones);
        List<String> ds = IntStream.range(0, dims.size()).mapToObj(i -> "d" + i).toList();
        String colonnes = ds.isEmpty() ? "" : ", " + String.join(", ", ds);
        String autres = ds.isEmpty() ? "" : ds.subList(0, ds.size() - 1).stream().map(x -> ", " + x).collect(Collectors.joining());
        String poids = "(" + s.poids() + ")";
        String groupe = groupBy(2 + dims.size());
        switch (d.mesure()) {
            case "taux":
                return "SELECT r, a" + colonnes + ", SUM(" + poids + ") AS valeur FROM " + lignes + groupe;
            case "moyenne", "mediane", "minimum", "maximum":
                return "SELECT r, a" + colonnes + ", SUM(" + poids + ") AS valeur FROM " + lignes + " AND (" + d.colonne()
                        + ") IS NOT NULL" + groupe;
            case "part", "part_du_total", "top10.part":
                return "SELECT r, a" + colonnes + ", valeur FROM (SELECT r, a" + colonnes + ", SUM(w) OVER (PARTITION BY r, a"
                        + autres + ") AS valeur FROM (SELECT r, a" + colonnes + ", SUM(" + poids + ") AS w FROM " + lignes + groupe
                        + ") g) t WHERE " + ds.get(ds.size() - 1) + " IS NOT NULL";
            default:
                throw new IllegalArgumentException("mesure sans effectif : " + d.mesure());
        }
    }

    /**
     * Weighted median (indicateurs.md): the middle value of the sorted ages of the weighted
     * population, the mean of the two middle values when the count is even. Positions
     * p1 = floor((n+1)/2) and p2 = floor((n+2)/2) are equal when n is odd.
     */
    private static String mediane(Definition d, String poids, String lignes, String colonnes, int nbDims) {
        String partition = "r, a" + colonnes;
        List<String> groupe = new ArrayList<>();
        for (int i = 1; i <= 2 + nbDims; i++) {
            groupe.add(String.valueOf(i));
        }
        return "SELECT r, a" + colonnes + ", AVG(v * 1.0) AS valeur FROM ("
                + "SELECT r, a" + colonnes + ", v, w, SUM(w) OVER (PARTITION BY " + partition
                + " ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS haut, "
                + "SUM(w) OVER (PARTITION BY " + partition + ") AS n FROM ("
                + "SELECT r, a" + colonnes + ", (" + d.colonne() + ") AS v, SUM(" + poids + ") AS w FROM " + lignes
                + " AND (" + d.colonne() + ") IS NOT NULL GROUP BY " + String.join(", ", groupe) + ", " + (3 + nbDims)
                + ") g) c WHERE (haut - w + 1 <= FLOOR((n + 1) / 2.0) AND FLOOR((n + 1) / 2.0) <= haut) "
                + "OR (haut - w + 1 <= FLOOR((n + 2) / 2.0) AND FLOOR((n + 2) / 2.0) <= haut) GROUP BY "
                + String.join(", ", groupe);
    }

    /**
     * The rows of the source in scope, with the output region {@code r} (the region itself, or
     * each perimeter containing it when the source yields FM/FR), the year {@code a} and the
     * dimensions; ends with an open WHERE clause so that measures can add conditions.
     */
    private static String lignes(Definition d, Source s, List<Dimension> dims, Collection<Integer> annees,
            Collection<String> zones) {
        String parmi = zones.isEmpty() ? "" : " WHERE " + (s.perimetres() ? "p.perimetre" : "t." + s.region()) + " IN ("
                + zones.stream().sorted().map(z -> "'" + z.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
        String source = s.perimetres()
                ? "(SELECT p.perimetre AS zone_calcul, t.* FROM " + s.table() + " t JOIN perimetre_region p ON p.region = t."
                        + s.region() + parmi + ")"
                : "(SELECT t." + s.region() + " AS zone_calcul, t.* FROM " + s.table() + " t" + parmi + ")";
        StringBuilder select = new StringBuilder("(SELECT zone_calcul AS r, annee AS a");
        for (int i = 0; i < dims.size(); i++) {
            select.append(", (").append(dims.get(i).expression()).append(") AS d").append(i);
        }
        select.append(", src.* FROM ").append(source).append(" src WHERE annee IN (")
                .append(annees.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))).append(")");
        if (d.filtre() != null && !d.filtre().isBlank()) {
            select.append(" AND (").append(d.filtre()).append(")");
        }
        select.append(") x WHERE 1 = 1");
        boolean inconnusAuDenominateur = d.mesure().equals("part_du_total");
        for (int i = 0; i < dims.size(); i++) {
            if (!(inconnusAuDenominateur && i == dims.size() - 1)) {
                select.append(" AND d").append(i).append(" IS NOT NULL");
            }
        }
        return select.toString();
    }

    private static String groupBy(int n) {
        return " GROUP BY " + IntStream.rangeClosed(1, n).mapToObj(String::valueOf).collect(Collectors.joining(", "));
    }
}
