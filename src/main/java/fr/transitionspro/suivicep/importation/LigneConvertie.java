package fr.transitionspro.suivicep.importation;

/** A valid row, ready for its table, with the slice it belongs to. */
record LigneConvertie(String region, int annee, Object[] valeurs) {
}
