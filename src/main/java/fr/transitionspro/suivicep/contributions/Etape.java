package fr.transitionspro.suivicep.contributions;

import java.time.LocalDateTime;

/**
 * One step of a contribution's history: who did what, when, with the text as it stood then.
 *
 * @param avant the status before the step, null for the first one
 * @param commentaire the référent's comment (mandatory when sending back), else null
 */
public record Etape(int numero, LocalDateTime horodatage, String auteur, String roleAuteur, Statut avant, Statut apres,
                    String commentaire, String markdown) {

    /** « Brouillon enregistré », « Soumise », « Validée », « Renvoyée »: what the step did, in French. */
    public String action() {
        return switch (apres) {
            case BROUILLON -> "Brouillon enregistré";
            case SOUMISE -> avant == Statut.SOUMISE ? "Soumise à nouveau (texte modifié)" : "Soumise pour validation";
            case VALIDEE -> "Validée";
            case RENVOYEE -> "Renvoyée pour correction";
        };
    }
}
