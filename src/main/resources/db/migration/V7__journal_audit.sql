-- The audit log: who did what, when, on which region (logins, imports, text edits, approvals, exports,
-- reports). Append-only: the application writes it only by INSERT, through audit.JournalAudit, and only
-- reads it otherwise; no code path updates or deletes a row (a test checks every source file).
-- On PostgreSQL, V7_1 (a Java migration: db/migration/V7_1__journal_audit_ajout_seul.java) adds a trigger
-- that refuses UPDATE, DELETE and TRUNCATE. DuckDB has no triggers, rules or privileges, so there the
-- guarantee is the code's; the file itself is protected by the system's file permissions (SECURITY.md).
-- Portable between DuckDB and PostgreSQL: no engine-specific types or syntax.
CREATE SEQUENCE journal_audit_seq START 1;

CREATE TABLE journal_audit (
    id         BIGINT PRIMARY KEY,
    horodatage TIMESTAMP NOT NULL,
    -- an account's e-mail, the address typed at a failed login, or « utilisateur (ligne de commande) »
    acteur     VARCHAR(320) NOT NULL,
    -- audit.Action's name: CONNEXION, CONNEXION_ECHOUEE, IMPORT, EXPORT, RAPPORT...
    action     VARCHAR(32) NOT NULL,
    -- the region concerned (FM, FR for national perimeters), NULL when none (failed login of an unknown address)
    region     VARCHAR(2),
    detail     VARCHAR(2000)
);
