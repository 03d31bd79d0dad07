-- Reference data: regions and the perimeters (a region itself, FM, FR) that aggregate them.
-- Portable between DuckDB and PostgreSQL: no engine-specific types or syntax.
CREATE TABLE region (
    code      VARCHAR(2) PRIMARY KEY,
    nom       VARCHAR(64) NOT NULL,
    metropole BOOLEAN NOT NULL
);

CREATE TABLE perimetre_region (
    perimetre VARCHAR(2) NOT NULL,
    region    VARCHAR(2) NOT NULL,
    PRIMARY KEY (perimetre, region)
);

CREATE SEQUENCE journal_import_seq START 1;

-- One row per accepted import (never updated: the journal is append-only).
CREATE TABLE journal_import (
    id             BIGINT PRIMARY KEY,
    horodatage     TIMESTAMP NOT NULL,
    fichier        VARCHAR NOT NULL,
    sha256         VARCHAR(64) NOT NULL,
    type           VARCHAR(16) NOT NULL,
    tranches       VARCHAR NOT NULL,
    lignes         BIGINT NOT NULL,
    avertissements VARCHAR
);

-- Which import currently provides each slice (type x region x year): the trace of every value.
CREATE TABLE tranche (
    type      VARCHAR(16) NOT NULL,
    region    VARCHAR(2) NOT NULL,
    annee     INTEGER NOT NULL,
    import_id BIGINT NOT NULL,
    lignes    BIGINT NOT NULL,
    PRIMARY KEY (type, region, annee)
);

CREATE TABLE entree (
    annee       INTEGER NOT NULL,
    region      VARCHAR(2) NOT NULL,
    operateur   VARCHAR(24) NOT NULL,
    sexe        VARCHAR(1),
    age         INTEGER,
    tranche_age VARCHAR(8),
    niveau      VARCHAR(4),
    objectif    VARCHAR(32),
    statut      VARCHAR(24),
    effectif    BIGINT NOT NULL
);

CREATE TABLE dossier (
    id_dossier            VARCHAR NOT NULL,
    dispositif            VARCHAR(24) NOT NULL,
    annee                 INTEGER NOT NULL,
    region                VARCHAR(2) NOT NULL,
    decision              VARCHAR(8) NOT NULL,
    operateur_cep         VARCHAR(24),
    sexe                  VARCHAR(1),
    age                   INTEGER,
    niveau                VARCHAR(4),
    contrat               VARCHAR(16),
    temps_partiel         VARCHAR(1),
    csp                   VARCHAR(32),
    rqth                  VARCHAR(8),
    naf_origine           VARCHAR(8),
    section_origine       VARCHAR(1),
    rome_origine          VARCHAR(5),
    certification_visee   VARCHAR(32),
    libelle_certification VARCHAR,
    rome_cible            VARCHAR(5),
    projet                VARCHAR(24),
    naf_projet            VARCHAR(8),
    section_projet        VARCHAR(1),
    statut_candidat       VARCHAR(24)
);

CREATE TABLE population (
    region           VARCHAR(2) NOT NULL,
    annee            INTEGER NOT NULL,
    actifs           BIGINT NOT NULL,
    population_15_64 BIGINT,
    actifs_occupes   BIGINT
);

CREATE TABLE ecart (
    annee     INTEGER NOT NULL,
    perimetre VARCHAR(2) NOT NULL,
    operateur VARCHAR(24) NOT NULL,
    systeme   VARCHAR(32) NOT NULL,
    entrees   BIGINT NOT NULL
);

-- Indicator values received from elsewhere; source 'echange' (usable) or 'publie' (comparison only).
CREATE TABLE agregat (
    indicateur VARCHAR(64) NOT NULL,
    region     VARCHAR(2) NOT NULL,
    annee      INTEGER NOT NULL,
    dimensions VARCHAR NOT NULL,
    valeur     DOUBLE PRECISION NOT NULL,
    unite      VARCHAR(16),
    source     VARCHAR(8) NOT NULL
);

-- Per-region configuration: operator display names by year, declared series breaks.
CREATE TABLE libelle_operateur (
    operateur   VARCHAR(24) NOT NULL,
    region      VARCHAR(2) NOT NULL,
    annee_debut INTEGER NOT NULL,
    annee_fin   INTEGER NOT NULL,
    libelle     VARCHAR(64) NOT NULL
);

CREATE TABLE rupture_serie (
    source VARCHAR(16) NOT NULL,
    annee  INTEGER NOT NULL,
    motif  VARCHAR NOT NULL,
    PRIMARY KEY (source, annee)
);

INSERT INTO region (code, nom, metropole) VALUES
 ('01', 'Guadeloupe', FALSE), ('02', 'Martinique', FALSE), ('03', 'Guyane', FALSE),
 ('04', 'La Réunion', FALSE), ('06', 'Mayotte', FALSE),
 ('11', 'Île-de-France', TRUE), ('24', 'Centre-Val de Loire', TRUE),
 ('27', 'Bourgogne-Franche-Comté', TRUE), ('28', 'Normandie', TRUE),
 ('32', 'Hauts-de-France', TRUE), ('44', 'Grand Est', TRUE), ('52', 'Pays de la Loire', TRUE),
 ('53', 'Bretagne', TRUE), ('75', 'Nouvelle-Aquitaine', TRUE), ('76', 'Occitanie', TRUE),
 ('84', 'Auvergne-Rhône-Alpes', TRUE), ('93', 'Provence-Alpes-Côte d''Azur', TRUE), ('94', 'Corse', TRUE);

INSERT INTO perimetre_region (perimetre, region) SELECT code, code FROM region;
INSERT INTO perimetre_region (perimetre, region) SELECT 'FM', code FROM region WHERE metropole;
INSERT INTO perimetre_region (perimetre, region) SELECT 'FR', code FROM region;
