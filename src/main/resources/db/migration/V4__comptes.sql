-- Accounts of the web application (suivi-cep serveur), created with « suivi-cep utilisateur ajouter ».
-- The e-mail is stored lower-cased (it is the login); the password only as a salted hash with its
-- algorithm prefix ({bcrypt}…), never in clear. REFERENT, CONTRIBUTEUR, OPERATEUR and LECTEUR belong to
-- one region, an OPERATEUR also to one operator network; NATIONAL (France compétences) to none.
-- Portable between DuckDB and PostgreSQL: no engine-specific types or syntax.
-- (V4 is reserved for another branch.)
CREATE TABLE compte (
    email        VARCHAR(254) PRIMARY KEY,
    mot_de_passe VARCHAR(255) NOT NULL,
    role         VARCHAR(16) NOT NULL CHECK (role IN ('NATIONAL', 'REFERENT', 'CONTRIBUTEUR', 'OPERATEUR', 'LECTEUR')),
    region       VARCHAR(2),
    operateur    VARCHAR(24),
    actif        BOOLEAN NOT NULL,
    cree_le      TIMESTAMP NOT NULL
);
