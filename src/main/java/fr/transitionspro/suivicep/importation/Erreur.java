package fr.transitionspro.suivicep.importation;

/**
 * One reason to refuse a file, located where the user can find it. {@code ligne} counts the
 * file's lines from 1 (the header); 0 when the problem concerns the whole file.
 */
public record Erreur(int ligne, int numeroColonne, String colonne, String valeur, String attendu) {

    static Erreur fichier(String message) {
        return new Erreur(0, 0, null, null, message);
    }

    /** Beyond this many characters a value is cut in the message: a message must stay readable. */
    static final int VALEUR_AFFICHEE_MAX = 80;

    private static String abregee(String valeur) {
        return valeur.length() <= VALEUR_AFFICHEE_MAX ? valeur
                : valeur.substring(0, VALEUR_AFFICHEE_MAX) + "… (" + valeur.length() + " caractères)";
    }

    String enFrancais() {
        StringBuilder s = new StringBuilder();
        if (ligne > 0) {
            s.append("ligne ").append(ligne);
        }
        if (colonne != null && numeroColonne > 0) {
            s.append(s.length() > 0 ? ", " : "").append("colonne ").append(numeroColonne).append(" « ").append(colonne)
                    .append(" »");
        } else if (colonne != null) {
            // A constant of the mapping file: no column of the file holds it.
            s.append(s.length() > 0 ? ", " : "").append("colonne « ").append(colonne)
                    .append(" » (constante du fichier de correspondance)");
        }
        if (valeur != null) {
            s.append(s.length() > 0 ? ", " : "").append("valeur « ").append(abregee(valeur)).append(" »");
        }
        s.append(s.length() > 0 ? " : " : "").append(attendu);
        return s.toString();
    }
}
