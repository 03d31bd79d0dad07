package fr.transitionspro.suivicep.demo;

/** One row of the {@code dossiers} file, filled in step by step by the scheme builders. */
final class Dossier {

    static final String[] HEADER = {
        "id_dossier", "dispositif", "annee", "region", "decision", "operateur_cep", "sexe", "age", "niveau",
        "contrat", "temps_partiel", "csp", "rqth", "naf_origine", "rome_origine", "certification_visee",
        "libelle_certification", "rome_cible", "projet", "naf_projet", "statut_candidat"};

    final String dispositif;
    final int annee;
    final String decision;
    final String operateurCep;
    String id;
    String sexe;
    Integer age;
    String niveau;
    String contrat;
    String tempsPartiel;
    String csp;
    String rqth;
    Origin origin;
    Project project;
    String statutCandidat;

    Dossier(String dispositif, int annee, String decision, String operateurCep) {
        this.dispositif = dispositif;
        this.annee = annee;
        this.decision = decision;
        this.operateurCep = operateurCep;
    }

    Object[] cells() {
        Certification certification = project == null ? null : project.certification();
        return new Object[] {
            id, dispositif, annee, Regions.NORMANDIE, decision, operateurCep, sexe, age, niveau,
            contrat, tempsPartiel, csp, rqth,
            origin == null ? null : origin.naf(), origin == null ? null : origin.rome(),
            certification == null ? null : certification.code(),
            certification == null ? null : certification.label(),
            project == null ? null : project.romeCible(),
            project == null ? null : project.projet(),
            project == null ? null : project.nafProjet(),
            statutCandidat};
    }

    /** The job held before the project: employer's NAF code and ROME code. */
    record Origin(String naf, String rome) {}

    /**
     * What the dossier finances: a targeted certification and job (PTP, training after a
     * resignation, VAE...) or a business created or taken over ({@code naf_projet}).
     */
    record Project(String projet, String nafProjet, Certification certification, String romeCible) {

        /** Démission-reconversion dossier whose project type was not recorded. */
        static final Project UNRECORDED = new Project(null, null, null, null);

        static Project target(Certification certification, String romeCible) {
            return new Project(null, null, certification, romeCible);
        }

        static Project training(Certification certification, String romeCible) {
            return new Project("FORMATION", null, certification, romeCible);
        }

        static Project business(String nafProjet) {
            return new Project("CREATION_REPRISE", nafProjet, null, null);
        }
    }
}
