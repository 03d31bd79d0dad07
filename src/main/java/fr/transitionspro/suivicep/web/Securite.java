package fr.transitionspro.suivicep.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import fr.transitionspro.suivicep.comptes.Comptes;

/**
 * Who may reach what: every page needs a signed-in account except the login page and the style sheet.
 * Spring Security's defaults stay on (CSRF token on every POST, a new session id at login, nosniff, no
 * caching of pages); the content policy forbids inline scripts and styles and any framing. Repeated failed logins
 * are throttled ({@link FreinConnexion}) and every login is audited ({@link EvenementsConnexion}). Region and role
 * checks are not here but in {@link Habilitations}, which each controller calls, and so do the services that read data.
 */
@Configuration
class Securite {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain filtres(HttpSecurity http, FreinConnexion frein) throws Exception {
        http.addFilterBefore(frein.filtre(), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/connexion", "/css/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/connexion").usernameParameter("email").passwordParameter("motDePasse")
                        .defaultSuccessUrl("/", false).failureUrl("/connexion?erreur"))
                .logout(l -> l.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnexion"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder encodeur() {
        return Comptes.encodeur();
    }

    @Bean
    UserDetailsService comptesDeConnexion(Comptes comptes) {
        // The message never reaches the page: a wrong address and a wrong password read the same.
        return email -> comptes.trouver(email).map(Utilisateur::de)
                .orElseThrow(() -> new UsernameNotFoundException("compte inconnu"));
    }
}
