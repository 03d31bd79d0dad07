package fr.transitionspro.suivicep.web;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import fr.transitionspro.suivicep.comptes.Role;
import fr.transitionspro.suivicep.referentiel.Nomenclatures;

/**
 * The one place that decides whether an account may see a region. Every controller that takes a region
 * from the address calls it before reading anything, so isolation between associations does not depend
 * on which links a page shows.
 */
@Service
class Habilitations {

    /** The region's code if the account may read it; 404 for an unknown region, 403 for another association's. */
    String lire(Utilisateur utilisateur, String region) {
        String code = Nomenclatures.REGION.lire(region)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Région inconnue"));
        if (!regionsLisibles(utilisateur).contains(code)) {
            throw new AccessDeniedException("La région " + code + " n'est pas celle du compte " + utilisateur.email());
        }
        return code;
    }

    /** The region's code if it is the account's own and its role one of {@code roles} (NATIONAL only reads); else 403. */
    String modifier(Utilisateur utilisateur, String region, Set<Role> roles) {
        String code = lire(utilisateur, region);
        if (!roles.contains(utilisateur.role()) || !utilisateur.regionDuCompte().orElse("").equals(code)) {
            throw new AccessDeniedException("Le compte " + utilisateur.email() + " ne peut pas modifier la région " + code);
        }
        return code;
    }

    /** Like {@link #lire}, and for NATIONAL also the aggregates FM (France métropolitaine) and FR (France entière). */
    String lirePerimetre(Utilisateur utilisateur, String region) {
        if ("FM".equalsIgnoreCase(region) || "FR".equalsIgnoreCase(region)) {
            if (utilisateur.role() != Role.NATIONAL) {
                throw new AccessDeniedException("Le périmètre " + region + " est réservé à France compétences");
            }
            return region.toUpperCase(java.util.Locale.ROOT);
        }
        return lire(utilisateur, region);
    }

    /** NATIONAL reads every region; every other account its own. */
    List<String> regionsLisibles(Utilisateur utilisateur) {
        if (utilisateur.role() == Role.NATIONAL) {
            return Nomenclatures.REGION.codes();
        }
        return utilisateur.regionDuCompte().stream().toList();
    }

    /**
     * Like {@link #lire}, for what shows the region's figures as a whole (the report, the journal's line counts):
     * refused to an OPERATEUR, which sees its own operator's figures only (see {@link Explorateur}).
     */
    String lireChiffresDeLaRegion(Utilisateur utilisateur, String region) {
        String code = lire(utilisateur, region);
        if (utilisateur.role() == Role.OPERATEUR) {
            throw new AccessDeniedException("Un compte opérateur ne voit que les chiffres de son réseau, pas ceux de toute la région " + code);
        }
        return code;
    }
}
