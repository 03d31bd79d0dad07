package fr.transitionspro.suivicep.importation;

import java.util.List;

/**
 * How one row of a file type is checked and turned into a row of its table. A conversion is
 * stateful only for checks across rows of one file (unique ids): {@link #nouvelleLecture()}
 * gives a fresh one per file read.
 */
interface Conversion {

    /** The table's columns, in the order of {@link LigneConvertie#valeurs()}. */
    List<String> colonnesTable();

    /** The converted row, or null when the row has errors (already added to the line). */
    LigneConvertie convertir(Ligne ligne);

    default Conversion nouvelleLecture(java.util.Set<String> indicateursConnus) {
        return this;
    }

    /**
     * The same checks and conversion written in SQL, for a file DuckDB reads itself ({@link ChargementDirect}), or
     * empty when this type is always read row by row. Contract: the SQL accepts only cells in their plain canonical
     * form (exact codes, digits), a subset of what {@link #convertir} accepts, and converts what it accepts exactly
     * as {@link #convertir} does; a file with any other cell is read row by row, which names its errors.
     *
     * @param colonne the SQL text of a canonical column's cell (a VARCHAR, NULL when empty), {@code NULL} when the
     *                file has no such column
     */
    default java.util.Optional<ConversionSql> enSql(java.util.function.Function<String, String> colonne) {
        return java.util.Optional.empty();
    }
}
