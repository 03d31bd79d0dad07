package fr.transitionspro.suivicep.cli;

import fr.transitionspro.suivicep.rapport.FormatFrancais;

/** French number display for CLI messages. */
final class Francais {
    private Francais() {
    }

    static String entier(long n) {
        return FormatFrancais.entier(n);
    }
}
