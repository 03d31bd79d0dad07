-- Live texts of the report (docs/textes.md): the Markdown written by the association for one
-- section (cle = the section's anchor in the report's plan, e.g. 'ptp' or 'interregional-ptp'),
-- region and year. A section without a row prints its default text, generated from the data.
-- Portable between DuckDB and PostgreSQL: no engine-specific types or syntax.
CREATE TABLE texte_section (
    region     VARCHAR(2) NOT NULL,
    annee      INTEGER NOT NULL,
    cle        VARCHAR(64) NOT NULL,
    markdown   VARCHAR NOT NULL,
    modifie_le TIMESTAMP NOT NULL,
    PRIMARY KEY (region, annee, cle)
);
