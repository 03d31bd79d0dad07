package fr.transitionspro.suivicep.contributions;

import java.time.LocalDateTime;

/**
 * A contribution as it stands.
 *
 * @param version the number of the last step of its history; a review names the version it read
 */
public record Contribution(Cle cle, String markdown, Statut statut, int version, LocalDateTime modifieLe, String modifiePar) {

    /** Approved: locked, and printed in the report. */
    public boolean verrouillee() {
        return statut == Statut.VALIDEE;
    }
}
