package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The base's shared JDBC connection must not run two queries at once (see Base): two reports asked at the same
 * moment failed with « closed pending query result ». So requests that may read or write it are served one at a
 * time, in arrival order (fair lock, {@link AccesBase}), around everything including the login's account look-up.
 * The style sheet, scripts and the import's progress (memory only) are served in parallel; so is the explorer's
 * page, the one page many people read at once, whose reads go through a connection of its own and which takes its
 * turn only to compute values not kept yet (see Explorateur).
 */
@Configuration
class UneRequeteALaFois {

    /** The explorer's page (not its downloads, which write to the audit log, nor the trace, which computes). */
    static final Pattern PAGE_EXPLORATEUR = Pattern.compile("/explorer/[^/]+");
    static final int TAMPON_PAGE_EXPLORATEUR = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uneRequeteALaFoisFiltre(AccesBase acces) {
        OncePerRequestFilter filtre = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest requete) {
                String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
                // The import's progress is read from memory while the import itself holds the lock.
                return chemin.startsWith("/css/") || chemin.startsWith("/js/") || chemin.equals("/favicon.ico")
                        || (chemin.startsWith("/import/") && chemin.endsWith("/progression"));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                    throws ServletException, IOException {
                String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
                if ("GET".equals(requete.getMethod()) && PAGE_EXPLORATEUR.matcher(chemin).matches()) {
                    // The page (20 to 40 kB) leaves in one write rather than one per 8 kB of the default buffer.
                    reponse.setBufferSize(TAMPON_PAGE_EXPLORATEUR);
                    acces.enParallele(() -> suite.doFilter(requete, reponse));
                } else {
                    acces.seul(() -> suite.doFilter(requete, reponse));
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> enregistrement = new FilterRegistrationBean<>(filtre);
        enregistrement.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return enregistrement;
    }
}
