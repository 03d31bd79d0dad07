package fr.transitionspro.suivicep.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.transitionspro.suivicep.comptes.Role;

/** Which campaign entry the navigation offers: « Campagne » to a region's accounts, « Vue nationale » to France compétences. */
@ControllerAdvice
class NavigationCampagne {

    @ModelAttribute("lienCampagne")
    boolean lienCampagne(@AuthenticationPrincipal Utilisateur utilisateur) {
        return utilisateur != null && utilisateur.regionDuCompte().isPresent();
    }

    @ModelAttribute("lienNational")
    boolean lienNational(@AuthenticationPrincipal Utilisateur utilisateur) {
        return utilisateur != null && utilisateur.role() == Role.NATIONAL;
    }
}
