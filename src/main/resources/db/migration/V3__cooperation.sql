-- The cooperation register (Part 1 of the report): actions, conventions, operator interviews and
-- places where operators receive the public. Each table is one import type, replaced by slice
-- (region x year) like the others. Multi-valued cells (axes, operators, partners) are stored as
-- their canonical values joined by '|', in the order of the code list: the register is small and
-- only read whole for one region and year. Portable between DuckDB and PostgreSQL.
CREATE TABLE action_cooperation (
    region       VARCHAR(2) NOT NULL,
    annee        INTEGER NOT NULL,
    date_action  DATE NOT NULL,
    titre        VARCHAR NOT NULL,
    type_action  VARCHAR(32) NOT NULL,
    axes         VARCHAR NOT NULL,
    operateurs   VARCHAR,
    partenaires  VARCHAR,
    lieu         VARCHAR,
    participants INTEGER,
    description  VARCHAR,
    ligne        INTEGER NOT NULL
);

-- Dates of a convention may be a year, a month or a day: stored as ISO text of that precision
-- ('2021', '2021-03', '2021-03-15'), which sorts correctly.
CREATE TABLE convention (
    region      VARCHAR(2) NOT NULL,
    annee       INTEGER NOT NULL,
    partenaire  VARCHAR NOT NULL,
    signee      VARCHAR(10),
    renouvelee  VARCHAR(10),
    fin         VARCHAR(10),
    axes        VARCHAR,
    statut      VARCHAR(16) NOT NULL,
    objet       VARCHAR,
    ligne       INTEGER NOT NULL
);

-- One row per theme of the interview guide (or several, one per quote), in the file's order.
CREATE TABLE entretien (
    region          VARCHAR(2) NOT NULL,
    annee           INTEGER NOT NULL,
    operateur       VARCHAR(24) NOT NULL,
    date_entretien  DATE,
    interlocuteurs  VARCHAR,
    theme           VARCHAR(24) NOT NULL,
    synthese        VARCHAR,
    citation        VARCHAR,
    ligne           INTEGER NOT NULL
);

CREATE TABLE lieu_accueil (
    region      VARCHAR(2) NOT NULL,
    annee       INTEGER NOT NULL,
    operateur   VARCHAR(24) NOT NULL,
    lieu        VARCHAR,
    commune     VARCHAR NOT NULL,
    departement VARCHAR(3) NOT NULL,
    type_site   VARCHAR(16) NOT NULL,
    permanence  VARCHAR,
    ligne       INTEGER NOT NULL
);
