package fr.transitionspro.suivicep.web;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import fr.transitionspro.suivicep.comptes.Compte;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * The signed-in person as Spring Security keeps it in the session: plain serialisable fields, with the role and
 * region that {@link Habilitations} checks on every request. Not a record: Spring Security erases the password
 * hash once the login is checked, so that the session never holds it.
 */
final class Utilisateur implements UserDetails, CredentialsContainer {

    private final String email;
    private String motDePasse;
    private final Role role;
    private final String region;
    private final String operateur;
    private final boolean actif;

    private Utilisateur(String email, String motDePasse, Role role, String region, String operateur, boolean actif) {
        this.email = email;
        this.motDePasse = motDePasse;
        this.role = role;
        this.region = region;
        this.operateur = operateur;
        this.actif = actif;
    }

    static Utilisateur de(Compte c) {
        return new Utilisateur(c.email(), c.motDePasse(), c.role(), c.region().orElse(null), c.operateur().orElse(null), c.actif());
    }

    String email() {
        return email;
    }

    Role role() {
        return role;
    }

    Optional<String> regionDuCompte() {
        return Optional.ofNullable(region);
    }

    String operateur() {
        return operateur;
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

    @Override
    public void eraseCredentials() {
        motDePasse = null;
    }
}
