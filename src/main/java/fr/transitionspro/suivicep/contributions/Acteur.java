package fr.transitionspro.suivicep.contributions;

import fr.transitionspro.suivicep.comptes.Role;

/**
 * The account acting on a contribution, as the rules need it. Kept apart from the web's session user so that the
 * rules hold whoever calls the service.
 *
 * @param region    the account's region, null for NATIONAL
 * @param operateur the account's operator, null but for OPERATEUR
 */
public record Acteur(String email, Role role, String region, String operateur) {
}
