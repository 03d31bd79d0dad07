package fr.transitionspro.suivicep.rapport;

/** A live text whose references cannot be resolved: the message, in French, names the section, line and reference. */
public final class TexteInvalide extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    TexteInvalide(String message) {
        super(message);
    }
}
