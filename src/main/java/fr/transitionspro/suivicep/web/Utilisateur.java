package fr.transitionspro.suivicep.web;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fr.transitionspro.suivicep.comptes.Compte;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * The signed-in person as Spring Security keeps it in the session: plain serialisable fields, with the role and
 * region that {@link Habilitations} checks on every request.
 */
record Utilisateur(String email, String motDePasse, Role role, String region, String operateur, boolean actif)
        implements UserDetails {

    static Utilisateur de(Compte c) {
        return new Utilisateur(c.email(), c.motDePasse(), c.role(), c.region().orElse(null), c.operateur().orElse(null), c.actif());
    }

    Optional<String> regionDuCompte() {
        return Optional.ofNullable(region);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return motDePasse;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return actif;
    }
}
