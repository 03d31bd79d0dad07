-- Operators' contributions to the report (web « Contributions des opérateurs »): per region, year, operator
-- and section of the report, the Markdown text the operator writes and its status in the review by the
-- association's référent. section_rapport: COOPERATIONS = the operator's section of Part 1 (2.1–2.5),
-- CONSTATS = its paragraph in Part 2, 1.4 « Le retour des opérateurs CEP ». Only a VALIDEE text reaches the report.
-- Portable between DuckDB and PostgreSQL: no engine-specific types or syntax.
CREATE TABLE contribution (
    region          VARCHAR(2) NOT NULL,
    annee           INTEGER NOT NULL,
    operateur       VARCHAR(24) NOT NULL,
    section_rapport VARCHAR(16) NOT NULL CHECK (section_rapport IN ('COOPERATIONS', 'CONSTATS')),
    markdown        VARCHAR NOT NULL,
    statut          VARCHAR(10) NOT NULL CHECK (statut IN ('BROUILLON', 'SOUMISE', 'VALIDEE', 'RENVOYEE')),
    version         INTEGER NOT NULL,
    modifie_le      TIMESTAMP NOT NULL,
    modifie_par     VARCHAR(254) NOT NULL,
    PRIMARY KEY (region, annee, operateur, section_rapport)
);

-- The history of a contribution: one row per step (saved, submitted, approved, sent back), numbered 1, 2, …
-- with the text as it stood at that step. Rows are only ever inserted, never updated nor deleted: the
-- numero of the last row is the contribution's version.
CREATE TABLE contribution_historique (
    region          VARCHAR(2) NOT NULL,
    annee           INTEGER NOT NULL,
    operateur       VARCHAR(24) NOT NULL,
    section_rapport VARCHAR(16) NOT NULL,
    numero          INTEGER NOT NULL,
    horodatage      TIMESTAMP NOT NULL,
    auteur          VARCHAR(254) NOT NULL,
    role_auteur     VARCHAR(16) NOT NULL,
    statut_avant    VARCHAR(10),
    statut_apres    VARCHAR(10) NOT NULL,
    commentaire     VARCHAR,
    markdown        VARCHAR NOT NULL,
    PRIMARY KEY (region, annee, operateur, section_rapport, numero)
);
