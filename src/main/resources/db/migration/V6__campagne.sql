-- The yearly campaign of a region (the report on year « annee »): what the référent set by hand for each
-- milestone (campagne.Jalon). A milestone without a row, or with a NULL statut, takes the state the data
-- give (AGORA entries imported, dossiers imported…), else « à faire ». Dates are calendar days.
-- Portable between DuckDB and PostgreSQL: no engine-specific types or syntax.
CREATE TABLE jalon_campagne (
    region      VARCHAR(2) NOT NULL,
    annee       INTEGER NOT NULL,
    jalon       VARCHAR(32) NOT NULL,
    prevu_le    DATE,
    fait_le     DATE,
    statut      VARCHAR(16) CHECK (statut IN ('A_FAIRE', 'EN_COURS', 'FAIT')),
    modifie_le  TIMESTAMP NOT NULL,
    modifie_par VARCHAR(254) NOT NULL,
    PRIMARY KEY (region, annee, jalon)
);
