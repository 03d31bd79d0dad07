package fr.transitionspro.suivicep.sauvegarde;

import java.util.List;

/**
 * The {@code manifeste.json} of a backup: what it is (format and its version), which schema it
 * comes from (the last Flyway migration applied), and for each table its columns, row count and
 * the SHA-256 of its CSV file; the sequences' last values. A restore checks all of it before
 * writing anything.
 */
record Manifeste(String format, int version, String migration, String moteur, String horodatage, List<Table> tables,
        List<Sequence> sequences) {

    static final String FORMAT = "suivi-cep-sauvegarde";
    static final int VERSION = 1;
    static final String NOM = "manifeste.json";

    record Table(String nom, String fichier, long lignes, String sha256, List<Colonne> colonnes) {
    }

    record Colonne(String nom, TypeColonne type) {
    }

    /** {@code valeur} null: the sequence was never used. */
    record Sequence(String nom, Long valeur) {
    }
}
