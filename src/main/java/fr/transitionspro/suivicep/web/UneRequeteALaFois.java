package fr.transitionspro.suivicep.web;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;

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
 * The base is one JDBC connection shared by the whole process (see Base), and a DuckDB connection must not run two
 * queries at once: two reports asked at the same moment failed with « closed pending query result ». Until the
 * base hands out one connection per request, requests that may read it are served one at a time, in arrival order
 * (fair lock), around everything including the login's account look-up. The style sheet, scripts and the import's
 * progress (memory only) are served in parallel.
 */
@Configuration
class UneRequeteALaFois {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uneRequeteALaFoisFiltre() {
        ReentrantLock verrou = new ReentrantLock(true);
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
                verrou.lock();
                try {
                    suite.doFilter(requete, reponse);
                } finally {
                    verrou.unlock();
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> enregistrement = new FilterRegistrationBean<>(filtre);
        enregistrement.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return enregistrement;
    }
}
