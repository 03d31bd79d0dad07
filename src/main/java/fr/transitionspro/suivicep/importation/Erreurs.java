package fr.transitionspro.suivicep.importation;

import java.util.ArrayList;
import java.util.List;

/** Errors found in one file: all are counted, the first ones are kept to be shown. */
final class Erreurs {

    private final List<Erreur> premieres = new ArrayList<>();
    private long total;

    void ajouter(Erreur e) {
        total++;
        if (premieres.size() < ImportRefuse.ERREURS_AFFICHEES) {
            premieres.add(e);
        }
    }

    long total() {
        return total;
    }

    boolean aucune() {
        return total == 0;
    }

    ImportRefuse refus(String fichier) {
        return new ImportRefuse(fichier, premieres, total);
    }
}
