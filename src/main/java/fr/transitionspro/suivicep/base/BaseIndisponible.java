package fr.transitionspro.suivicep.base;

/** The base cannot be opened, migrated or written; the message is for the user, in French. */
public final class BaseIndisponible extends RuntimeException {
    public BaseIndisponible(String message, Throwable cause) {
        super(message, cause);
    }
}
