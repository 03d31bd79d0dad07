package fr.transitionspro.suivicep.contributions;

/** The account may not do this to this contribution (another operator's, another region's, the wrong role). */
public final class ContributionInterdite extends RuntimeException {

    public ContributionInterdite(String message) {
        super(message);
    }
}
