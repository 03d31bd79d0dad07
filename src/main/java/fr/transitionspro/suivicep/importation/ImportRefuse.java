package fr.transitionspro.suivicep.importation;

import java.util.List;

/** A file that the import refuses; nothing stored has changed. The message is for the user. */
public final class ImportRefuse extends RuntimeException {

    static final int ERREURS_AFFICHEES = 20;

    private final transient List<Erreur> erreurs;

    ImportRefuse(String fichier, List<Erreur> erreurs, long total) {
        super(message(fichier, erreurs, total));
        this.erreurs = List.copyOf(erreurs);
    }

    public List<Erreur> erreurs() {
        return erreurs;
    }

    private static String message(String fichier, List<Erreur> erreurs, long total) {
        StringBuilder s = new StringBuilder("Fichier « ").append(fichier).append(" » refusé, rien n'a été modifié dans la base.");
        for (Erreur e : erreurs) {
            s.append("\n  - ").append(e.enFrancais());
        }
        if (total > erreurs.size()) {
            s.append("\n  … et ").append(total - erreurs.size()).append(" autre(s) erreur(s).");
        }
        return s.toString();
    }
}
