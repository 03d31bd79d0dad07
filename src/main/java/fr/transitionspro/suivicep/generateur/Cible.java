package fr.transitionspro.suivicep.generateur;

/**
 * What a dossier aims at: a targeted job and the certification leading to it, drawn
 * together so that {@code rome_cible}, {@code certification_visee} and
 * {@code libelle_certification} agree. Empty strings are unknown cells.
 */
record Cible(String rome, String certification, String libelle) {
    static final Cible AUCUNE = new Cible("", "", "");

    Cible {
        // Written unquoted by EcrivainCsv: refuse anything that would need quoting.
        if ((rome + certification + libelle).matches("(?s).*[;\"\\r\\n].*")) {
            throw new IllegalArgumentException("value would need CSV quoting: " + libelle);
        }
    }
}
