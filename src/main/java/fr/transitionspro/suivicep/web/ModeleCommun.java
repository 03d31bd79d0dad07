package fr.transitionspro.suivicep.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/** What the header of every page shows: who is signed in, in which capacity. */
@ControllerAdvice
class ModeleCommun {

    record Identite(String email, String qualite) {
    }

    @ModelAttribute("identite")
    Identite identite(@AuthenticationPrincipal Utilisateur utilisateur) {
        if (utilisateur == null) {
            return null;
        }
        String qualite = Affichage.role(utilisateur.role())
                + utilisateur.regionDuCompte().map(r -> " · " + Affichage.region(r)).orElse("")
                + (utilisateur.operateur() == null ? "" : " · " + Nomenclatures.OPERATEUR.libelle(utilisateur.operateur()));
        return new Identite(utilisateur.email(), qualite);
    }

    /** Whether the navigation offers « Importer des données » (référent and contributeur of a region). */
    @ModelAttribute("peutImporter")
    boolean peutImporter(@AuthenticationPrincipal Utilisateur utilisateur) {
        return utilisateur != null && utilisateur.regionDuCompte().isPresent() && ImportControleur.ROLES.contains(utilisateur.role());
    }

    /**
     * Whether the navigation offers « Rapport et textes »: every account of a region but an OPERATEUR, which does not see
     * the region's figures as a whole; NATIONAL reaches every region's report from the dashboard.
     */
    @ModelAttribute("aUneRegion")
    boolean aUneRegion(@AuthenticationPrincipal Utilisateur utilisateur) {
        return utilisateur != null && utilisateur.regionDuCompte().isPresent() && utilisateur.role() != Role.OPERATEUR;
    }

    /** Whether the navigation offers « Comptes » (a référent for its region, NATIONAL to list them all). */
    @ModelAttribute("peutVoirComptes")
    boolean peutVoirComptes(@AuthenticationPrincipal Utilisateur utilisateur) {
        return utilisateur != null && (utilisateur.role() == Role.NATIONAL
                || (utilisateur.role() == Role.REFERENT && utilisateur.regionDuCompte().isPresent()));
    }

    /** Whether the navigation offers « Journal d'audit » (référent and France compétences). */
    @ModelAttribute("peutLireAudit")
    boolean peutLireAudit(@AuthenticationPrincipal Utilisateur utilisateur) {
        return ConsultationAudit.peutLire(utilisateur);
    }
}
