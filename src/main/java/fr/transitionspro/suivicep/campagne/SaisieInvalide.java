package fr.transitionspro.suivicep.campagne;

import java.util.List;

/** Milestone entries refused, nothing stored; each message names the milestone and says what is expected, in French. */
public final class SaisieInvalide extends RuntimeException {

    private final List<String> erreurs;

    public SaisieInvalide(List<String> erreurs) {
        super(String.join("\u00a0; ", erreurs));
        this.erreurs = List.copyOf(erreurs);
    }

    public List<String> erreurs() {
        return erreurs;
    }
}
