package fr.transitionspro.suivicep.sauvegarde;

/**
 * A backup that cannot be restored (damaged, of an unknown format, from another schema) or a base
 * that must not receive it; nothing has been written. The message is for the user, in French.
 * An {@link IllegalArgumentException}: the command line reports it as refused input (exit code 3).
 */
public final class SauvegardeInvalide extends IllegalArgumentException {
    SauvegardeInvalide(String message) {
        super(message);
    }
}
