package fr.transitionspro.suivicep.comptes;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * An account as stored: the e-mail is the login; {@code motDePasse} is the encoded hash.
 *
 * @param region    INSEE code of the account's region, absent for NATIONAL
 * @param operateur operator network (OPERATEUR only)
 */
public record Compte(String email, String motDePasse, Role role, Optional<String> region, Optional<String> operateur,
                     boolean actif, LocalDateTime creeLe) {
}
