-- Retention (RGPD): « suivi-cep purger --avant ANNEE » deletes the detailed rows (entree, dossier) of
-- the years before ANNEE and keeps what was computed from them. Each purged year is recorded; the
-- engine reads the frozen values of those years instead of recomputing them from rows that are gone.
-- Portable between DuckDB and PostgreSQL: no engine-specific types or syntax.
CREATE TABLE annee_purgee (
    annee     INTEGER PRIMARY KEY,
    purgee_le TIMESTAMP NOT NULL,
    entrees   BIGINT NOT NULL,
    dossiers  BIGINT NOT NULL
);

-- Every value the catalogue computed for a purged year, and the number of people each share, rate
-- or mean rested on (origine 'effectif', for the quality annex), exactly as the engine gave them.
CREATE TABLE valeur_figee (
    indicateur VARCHAR(64) NOT NULL,
    region     VARCHAR(2) NOT NULL,
    annee      INTEGER NOT NULL,
    dimensions VARCHAR NOT NULL,
    valeur     DOUBLE PRECISION NOT NULL,
    unite      VARCHAR(16),
    origine    VARCHAR(16) NOT NULL,
    PRIMARY KEY (indicateur, region, annee, dimensions, origine)
);

-- The certification labels the report took from the purged dossiers.
CREATE TABLE libelle_certification_fige (
    code    VARCHAR(32) PRIMARY KEY,
    libelle VARCHAR NOT NULL
);
