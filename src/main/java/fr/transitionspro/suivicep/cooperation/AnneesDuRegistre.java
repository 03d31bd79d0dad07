package fr.transitionspro.suivicep.cooperation;

import java.util.List;

import fr.transitionspro.suivicep.base.Base;

/** The years for which a region's register holds anything (actions, conventions, interviews or places), latest first. */
public final class AnneesDuRegistre {

    private AnneesDuRegistre() {
    }

    public static List<Integer> de(Base base, String region) {
        return base.jdbi().withHandle(h -> h.createQuery("SELECT annee FROM action_cooperation WHERE region = :r "
                        + "UNION SELECT annee FROM convention WHERE region = :r UNION SELECT annee FROM entretien WHERE region = :r "
                        + "UNION SELECT annee FROM lieu_accueil WHERE region = :r ORDER BY annee DESC")
                .bind("r", region).mapTo(Integer.class).list());
    }
}
