-- The disclosure rule of each association (issue 5, « secret statistique »): a figure resting on
-- fewer than `seuil` people is published as « s ». Set by `suivi-cep configurer` (key
-- secret_statistique); a region without a row applies the default threshold, 5.
CREATE TABLE regle_secret (
    region VARCHAR(2) NOT NULL PRIMARY KEY,
    seuil  INTEGER NOT NULL
);
