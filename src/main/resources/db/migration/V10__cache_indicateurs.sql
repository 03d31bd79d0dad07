-- Cache of the indicator values computed in SQL: one row per catalogue x perimeter (region, FM, FR) x year.
-- `empreinte` is a fingerprint of the imports the values were computed from (every slice of the perimeter's
-- regions for that year, with its import id); a row whose fingerprint no longer matches `tranche` is never
-- read, only replaced. `valeurs` holds one value per line: indicator id, dimensions, value (tab-separated).
CREATE TABLE cache_indicateurs (
    catalogue VARCHAR(64) NOT NULL,
    perimetre VARCHAR(2) NOT NULL,
    annee     INTEGER NOT NULL,
    empreinte VARCHAR(64) NOT NULL,
    valeurs   VARCHAR NOT NULL,
    PRIMARY KEY (catalogue, perimetre, annee)
);
