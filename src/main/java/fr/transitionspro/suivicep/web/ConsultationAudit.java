package fr.transitionspro.suivicep.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import fr.transitionspro.suivicep.audit.Action;
import fr.transitionspro.suivicep.audit.JournalAudit;
import fr.transitionspro.suivicep.comptes.Role;

/**
 * Reading the audit log, with its rule inside: France compétences (NATIONAL) reads every entry, a référent those of
 * its region, nobody else anything. Any page that shows the log goes through here, so it cannot forget the rule.
 */
@Service
class ConsultationAudit {

    /** The page shows the most recent entries that match; older ones are reached by narrowing the dates. */
    static final int LIMITE = 500;

    private final JournalAudit journal;
    private final Habilitations habilitations;

    ConsultationAudit(JournalAudit journal, Habilitations habilitations) {
        this.journal = journal;
        this.habilitations = habilitations;
    }

    static boolean peutLire(Utilisateur u) {
        return u != null && (u.role() == Role.NATIONAL || u.role() == Role.REFERENT && u.regionDuCompte().isPresent());
    }

    /**
     * The entries this account may read that match the filter, newest first. {@code region}: null for every entry
     * (NATIONAL only; a référent gets its region's), else a region or FM / FR; 403 otherwise.
     */
    List<JournalAudit.Entree> lire(Utilisateur u, String region, Action action, String acteur, LocalDate du, LocalDate au) {
        if (!peutLire(u)) {
            throw new AccessDeniedException("Le journal d'audit est réservé aux référents et à France compétences (compte " + u.email() + ")");
        }
        String code;
        if (region == null || region.isBlank()) {
            code = u.role() == Role.NATIONAL ? null : u.regionDuCompte().orElseThrow();
        } else {
            code = habilitations.lirePerimetre(u, region);
        }
        return journal.lire(new JournalAudit.Filtre(code, action, acteur, du, au, LIMITE));
    }
}
