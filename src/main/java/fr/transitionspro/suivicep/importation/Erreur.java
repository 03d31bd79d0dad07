package fr.transitionspro.suivicep.importation;

/**
 * One reason to refuse a file, located where the user can find it. {@code ligne} counts the
 * file's lines from 1 (the header); 0 when the problem concerns the whole file.
 */
public record Erreur(int ligne, int numeroColonne, String colonne, String valeur, String attendu) {

    static Erreur fichier(String message) {
        return new Erreur(0, 0, null, null, message);
    }

    String enFrancais() {
        StringBuilder s = new StringBuilder();
        if (ligne > 0) {
            s.append("ligne ").append(ligne);
        }
        if (colonne != null) {
            s.append(s.length() > 0 ? ", " : "").append("colonne ").append(numeroColonne).append(" « ").append(colonne)
                    .append(" »");
        }
        if (valeur != null) {
            s.append(s.length() > 0 ? ", " : "").append("valeur « ").append(valeur).append(" »");
        }
        s.append(s.length() > 0 ? " : " : "").append(attendu);
        return s.toString();
    }
}
