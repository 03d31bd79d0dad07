package fr.transitionspro.suivicep.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.transitionspro.suivicep.comptes.Compte;
import fr.transitionspro.suivicep.comptes.Comptes;

/**
 * A deactivated account is shut out at its next request, not only at its next login: Spring Security checks
 * « actif » when it checks the password, and a session opened before the deactivation would otherwise keep working
 * until it expires. Runs after Spring Security's filters (default order of a filter bean), which have then restored
 * the signed-in account; one look-up by primary key per request.
 */
@Component
class SessionsDesactivees extends OncePerRequestFilter {

    private final Comptes comptes;

    SessionsDesactivees(Comptes comptes) {
        this.comptes = comptes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest requete) {
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        return chemin.startsWith("/css/") || chemin.startsWith("/js/") || chemin.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        Authentication connexion = SecurityContextHolder.getContext().getAuthentication();
        if (connexion != null && connexion.getPrincipal() instanceof Utilisateur utilisateur
                && !comptes.trouver(utilisateur.email()).map(Compte::actif).orElse(false)) {
            HttpSession session = requete.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            reponse.sendRedirect(requete.getContextPath() + "/connexion?desactive");
            return;
        }
        suite.doFilter(requete, reponse);
    }
}
