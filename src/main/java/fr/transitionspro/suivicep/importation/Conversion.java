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
}
