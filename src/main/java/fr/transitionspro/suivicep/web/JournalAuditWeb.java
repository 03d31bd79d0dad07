package fr.transitionspro.suivicep.web;

import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.transitionspro.suivicep.audit.JournalAudit;

/**
 * The audit log as a bean: a controller that imports, exports, edits or approves takes {@link JournalAudit} in its
 * constructor and calls {@code consigner(utilisateur.email(), Action.…, region, detail)} once the action succeeded.
 */
@Configuration
class JournalAuditWeb {

    @Bean
    JournalAudit journalAudit(Jdbi jdbi) {
        return new JournalAudit(jdbi);
    }
}
