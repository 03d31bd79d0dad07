package fr.transitionspro.suivicep.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The audit log (table {@code journal_audit}, migration V7): the only component that touches it, and it only
 * appends ({@link #consigner}) and reads ({@link #lire}). There is deliberately no method that changes or removes
 * an entry; on PostgreSQL a trigger refuses it anyway (V7_1). Used by the command line and the web application.
 */
public final class JournalAudit {

    /** Longer details are cut (with « … »): an entry says what happened, it does not store a file. */
    public static final int DETAIL_MAX = 2000;
    static final int ACTEUR_MAX = 320;

    /** One line of the log. {@code region} is null when the event concerns none (failed login of an unknown address). */
    public record Entree(long id, LocalDateTime horodatage, String acteur, Action action, String region, String detail) {
    }

    /**
     * What to read. {@code region} null reads every entry (with or without a region); {@code action} null every
     * action; {@code acteur} is a case-insensitive part of the actor; {@code du} and {@code au} are included days;
     * {@code limite} caps the number of entries, newest first.
     */
    public record Filtre(String region, Action action, String acteur, LocalDate du, LocalDate au, int limite) {
        public static Filtre tout(int limite) {
            return new Filtre(null, null, null, null, null, limite);
        }
    }

    private final Jdbi jdbi;
    private final Clock horloge;

    public JournalAudit(Jdbi jdbi) {
        this(jdbi, Clock.systemDefaultZone());
    }

    JournalAudit(Jdbi jdbi, Clock horloge) {
        this.jdbi = jdbi;
        this.horloge = horloge;
    }

    /**
     * Appends one entry, now. {@code acteur}: the account's e-mail, or {@link #acteurLigneDeCommande()} for a
     * command; {@code region}: the region concerned (two characters, or null); {@code detail}: what a reader needs
     * to know (file, format, indicator...), never a password or a person's data. Fails (and so does the caller's
     * action, if it lets the exception through) when the base cannot be written: nothing happens unrecorded.
     */
    public void consigner(String acteur, Action action, String region, String detail) {
        Objects.requireNonNull(action, "action");
        String qui = couper(acteur == null || acteur.isBlank() ? "(inconnu)" : acteur.strip(), ACTEUR_MAX);
        String ou = region == null || region.isBlank() ? null : region.strip().toUpperCase(Locale.ROOT);
        if (ou != null && ou.length() > 2) {
            throw new IllegalArgumentException("Région « " + region + " » invalide pour le journal d'audit (deux caractères)");
        }
        String quoi = detail == null ? null : couper(detail, DETAIL_MAX);
        LocalDateTime maintenant = LocalDateTime.now(horloge);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO journal_audit (id, horodatage, acteur, action, region, detail) "
                        + "VALUES (nextval('journal_audit_seq'), :horodatage, :acteur, :action, :region, :detail)")
                .bind("horodatage", maintenant).bind("acteur", qui).bind("action", action.name())
                .bind("region", ou).bind("detail", quoi).execute());
    }

    /** The entries that match, newest first. */
    public List<Entree> lire(Filtre f) {
        StringBuilder sql = new StringBuilder("SELECT id, horodatage, acteur, action, region, detail FROM journal_audit WHERE 1 = 1");
        if (f.region() != null) {
            sql.append(" AND region = :region");
        }
        if (f.action() != null) {
            sql.append(" AND action = :action");
        }
        if (f.acteur() != null && !f.acteur().isBlank()) {
            sql.append(" AND POSITION(:acteur IN LOWER(acteur)) > 0");
        }
        if (f.du() != null) {
            sql.append(" AND horodatage >= :du");
        }
        if (f.au() != null) {
            sql.append(" AND horodatage < :apres");
        }
        sql.append(" ORDER BY id DESC LIMIT :limite");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("limite", Math.max(1, f.limite()));
            if (f.region() != null) {
                q.bind("region", f.region());
            }
            if (f.action() != null) {
                q.bind("action", f.action().name());
            }
            if (f.acteur() != null && !f.acteur().isBlank()) {
                q.bind("acteur", f.acteur().strip().toLowerCase(Locale.ROOT));
            }
            if (f.du() != null) {
                q.bind("du", f.du().atStartOfDay());
            }
            if (f.au() != null) {
                q.bind("apres", f.au().plusDays(1).atStartOfDay());
            }
            return q.map((rs, ctx) -> entree(rs)).list();
        });
    }

    /** Who runs a command: the operating system's account, which the command line cannot check any further. */
    public static String acteurLigneDeCommande() {
        return System.getProperty("user.name", "?") + " (ligne de commande)";
    }

    private static Entree entree(ResultSet rs) throws SQLException {
        return new Entree(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), Action.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6));
    }

    private static String couper(String texte, int max) {
        return texte.length() <= max ? texte : texte.substring(0, max - 1) + "…";
    }
}
