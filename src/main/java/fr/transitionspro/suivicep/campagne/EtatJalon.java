package fr.transitionspro.suivicep.campagne;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A milestone as it stands on a given day.
 *
 * @param statut     the status set by hand, else the one the data give, else « à faire »
 * @param prevuLe    the planned date, set by hand only
 * @param faitLe     when it was done (by hand, or the data's date), only for a done milestone
 * @param enRetard   planned date before today and not done
 * @param origine    where the status comes from, in French (« Saisi par … le … », « D'après les données : … »), or empty
 * @param suggestion what the data say when it differs from what was set by hand, in French
 * @param saisie     what was set by hand ({@link Saisie#VIDE} when nothing was), to fill the form
 */
public record EtatJalon(Jalon jalon, Statut statut, Optional<LocalDate> prevuLe, Optional<LocalDate> faitLe, boolean enRetard,
                        String origine, Optional<String> suggestion, Saisie saisie) {

    public boolean fait() {
        return statut == Statut.FAIT;
    }

    /** What follows the milestone's name in « Prochaine étape : … »: « , prévue le 12 mars 2024, en retard. », « , sans date prévue. ». */
    public String echeance() {
        return prevuLe.map(d -> ", " + jalon.prevu() + " le " + Campagne.date(d) + (enRetard ? ", en retard." : ".")).orElse(", sans date prévue.");
    }
}
