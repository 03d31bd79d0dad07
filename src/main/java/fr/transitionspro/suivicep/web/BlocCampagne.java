package fr.transitionspro.suivicep.web;

import java.util.List;

import org.springframework.stereotype.Service;

import fr.transitionspro.suivicep.campagne.Campagne;
import fr.transitionspro.suivicep.campagne.Synthese;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * The home page's campaign block (template campagne-bloc.html): for a region's account where its campaign stands
 * and what is missing; for France compétences how many reports are in and which campaigns are late.
 */
@Service
class BlocCampagne {

    /** A region's campaign on the home page. */
    record Region(String code, String nom, Synthese synthese) {
    }

    /**
     * @param regions   the readable regions' campaigns (one for a region's account, all for NATIONAL)
     * @param envoyes   reports sent to France compétences
     * @param enRetard  names of the regions with a late milestone
     */
    record Bloc(boolean national, int annee, List<Region> regions, long envoyes, List<String> enRetard) {
    }

    private final Habilitations habilitations;
    private final Campagne campagne;

    BlocCampagne(Habilitations habilitations, Campagne campagne) {
        this.habilitations = habilitations;
        this.campagne = campagne;
    }

    /** Each region is checked here too (SECURITY.md: services check reads themselves): another region's is a 403. */
    Bloc pour(Utilisateur utilisateur, List<String> regions, int annee) {
        List<Region> syntheses = regions.stream().map(r -> habilitations.lire(utilisateur, r))
                .map(r -> new Region(r, Affichage.region(r), campagne.synthese(r, annee))).toList();
        return new Bloc(utilisateur.role() == Role.NATIONAL, annee, syntheses,
                syntheses.stream().filter(s -> s.synthese().envoi().fait()).count(),
                syntheses.stream().filter(s -> !s.synthese().enRetard().isEmpty()).map(Region::nom).toList());
    }
}
