package fr.transitionspro.suivicep.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.comptes.Compte;
import fr.transitionspro.suivicep.comptes.Comptes;

/**
 * Spring Security's login events, into the audit log and the login throttle. A failed login is recorded under the
 * region of the account it aimed at, so that the region's référent sees attempts on its accounts; an attempt on an
 * unknown address has no region (France compétences sees it).
 */
@Component
class EvenementsConnexion {

    private final JournalAudit audit;
    private final FreinConnexion frein;
    private final Comptes comptes;

    EvenementsConnexion(JournalAudit audit, FreinConnexion frein, Comptes comptes) {
        this.audit = audit;
        this.frein = frein;
        this.comptes = comptes;
    }

    @EventListener
    void reussie(AuthenticationSuccessEvent e) {
        if (!(e.getAuthentication().getPrincipal() instanceof Utilisateur u)) {
            return;
        }
        frein.reussite(u.email());
        audit.consigner(u.email(), Action.CONNEXION, u.regionDuCompte().orElse(null), "adresse IP " + ip(e.getAuthentication()));
    }

    @EventListener
    void echouee(AbstractAuthenticationFailureEvent e) {
        String saisi = FreinConnexion.normaliser(e.getAuthentication().getName());
        String ip = ip(e.getAuthentication());
        java.util.Optional<Compte> compte = saisi.contains("@") ? comptes.trouver(saisi) : java.util.Optional.empty();
        String region = compte.flatMap(Compte::region).orElse(null);
        // What was typed is kept only if it looks like an address: a password typed in the wrong field must not be logged.
        String acteur = saisi.contains("@") ? saisi : "(adresse non valide)";
        String motif = e instanceof AuthenticationFailureDisabledEvent ? "compte désactivé"
                : compte.isPresent() ? "mot de passe incorrect" : "compte inconnu";
        audit.consigner(acteur, Action.CONNEXION_ECHOUEE, region, motif + " ; adresse IP " + ip);
        frein.echec(saisi, ip).ifPresent(b -> audit.consigner(acteur, Action.CONNEXION_BLOQUEE, region,
                "trop d’échecs (" + b.motif() + ") : connexions refusées pendant " + b.minutes() + " min ; adresse IP " + ip));
    }

    private static String ip(Authentication a) {
        return a.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "inconnue";
    }
}
