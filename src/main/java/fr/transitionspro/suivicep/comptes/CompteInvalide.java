package fr.transitionspro.suivicep.comptes;

/** An account cannot be created as asked; the message says why, in French. */
public final class CompteInvalide extends IllegalArgumentException {
    CompteInvalide(String message) {
        super(message);
    }
}
