package fr.transitionspro.suivicep.contributions;

/**
 * The account may act on the contribution but not now or not so: the text is locked, empty or too long, the comment
 * of a sending back is missing, or the contribution changed since the référent read it. The message is French and
 * says what to do; nothing was stored.
 */
public final class ContributionRefusee extends RuntimeException {

    public ContributionRefusee(String message) {
        super(message);
    }
}
