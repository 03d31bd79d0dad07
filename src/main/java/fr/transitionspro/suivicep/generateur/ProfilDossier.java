package fr.transitionspro.suivicep.generateur;

import java.util.List;

/**
 * Who files a dossier for one scheme, column by column. Weights are percentages taken from
 * the orders of magnitude of the Normandie 2023 report; {@code ""}/{@code null} is an
 * unknown cell. Columns a scheme never fills use {@link TirageDiscret#toujours}.
 */
record ProfilDossier(
        TirageDiscret<String> decision,
        TirageDiscret<String> operateurCep,
        TirageDiscret<String> sexe,
        TirageDiscret<Integer> age,
        TirageDiscret<String> niveau,
        TirageDiscret<String> contrat,
        TirageDiscret<String> tempsPartiel,
        TirageDiscret<String> csp,
        TirageDiscret<String> rqth,
        TirageDiscret<String> nafOrigine,
        TirageDiscret<String> romeOrigine,
        TirageDiscret<Cible> cible,
        TirageDiscret<String> projet,
        TirageDiscret<String> nafProjet,
        TirageDiscret<String> statutCandidat) {

    static final String CREATION_REPRISE = "CREATION_REPRISE";
    static final String SALARIE = "SALARIE";
    private static final TirageDiscret<String> VIDE = TirageDiscret.toujours("");

    /** The profile of a scheme in a year (the Fongecifs accompanied projects until 2020). */
    static ProfilDossier de(Dispositif dispositif, int annee) {
        boolean avecFongecif = annee <= 2020;
        return switch (dispositif) {
            case PTP -> ptp(avecFongecif);
            case DEMISSION_RECONVERSION -> demissionReconversion(avecFongecif);
            case TRANSCO -> transco();
            case VAE -> vae();
            case CLEA -> clea();
        };
    }

    private static ProfilDossier ptp(boolean avecFongecif) {
        // About 55 % of PTP candidates had no CEP; of the others, 89 % saw the regional operator.
        TirageDiscret<String> operateur = TirageDiscret.<String>poids()
                .avec("", 55).avec("FRANCE_COMPETENCES", avecFongecif ? 30 : 40).avec("FONGECIF", avecFongecif ? 10 : 0)
                .avec("CAP_EMPLOI", 3.2).avec("MISSION_LOCALE", 0.6).avec("FRANCE_TRAVAIL", 0.7).avec("APEC", 0.5)
                .construire();
        return new ProfilDossier(
                decision(76, 20, 4), operateur, ProfilOperateur.sexe(61, 0.5),
                ages(20, 29, 22, 30, 39, 39, 40, 49, 26, 50, 63, 12.5),
                niveau(12, 32, 32, 13, 7, 2, 0.5),
                TirageDiscret.<String>poids().avec("CDI", 96).avec("CDD", 3).avec("INTERIM", 0.3)
                        .avec("INTERMITTENT", 0.2).avec("", 0.5).construire(),
                tempsPartiel(22), csp(22, 63, 10, 4), rqth(8.4, 4.0),
                Nomenclatures.naf(2, "G", 25, "Q", 20, "C", 12, "N", 8, "H", 7, "I", 5, "F", 5, "O", 4, "S", 3,
                        "P", 3, "M", 3, "K", 2, "J", 1, "A", 1, "R", 1, "L", 0.5, "D", 0.25, "E", 0.25),
                Nomenclatures.romeOrigine(), Nomenclatures.ciblesFormation(), VIDE, VIDE, VIDE);
    }

    private static ProfilDossier demissionReconversion(boolean avecFongecif) {
        // Nearly every démissionnaire must have seen a CEP operator (a prerequisite of the scheme).
        TirageDiscret<String> operateur = TirageDiscret.<String>poids()
                .avec("FRANCE_COMPETENCES", avecFongecif ? 75 : 83.7).avec("APEC", avecFongecif ? 18 : 15.5)
                .avec("FONGECIF", avecFongecif ? 7 : 0).avec("CAP_EMPLOI", 0.4).avec("MISSION_LOCALE", 0.3)
                .avec("", 0.1).construire();
        return new ProfilDossier(
                decision(97.5, 2.5, 0), operateur, ProfilOperateur.sexe(50, 0.5),
                ages(21, 29, 22, 30, 39, 50, 40, 49, 19, 50, 60, 8.5),
                niveau(6, 20, 28, 20, 14, 10, 1),
                TirageDiscret.<String>poids().avec("CDI", 99).avec("", 1).construire(), // resigning needs a CDI
                tempsPartiel(12), csp(18, 50, 18, 13), rqth(3, 1),
                Nomenclatures.naf(2, "G", 19, "S", 13, "F", 12, "Q", 11, "C", 10, "I", 7, "H", 5, "N", 5, "M", 5,
                        "K", 3, "P", 2, "J", 2, "O", 1, "A", 1, "R", 1, "L", 1),
                Nomenclatures.romeOrigine(), Nomenclatures.ciblesFormation(),
                TirageDiscret.<String>poids().avec(CREATION_REPRISE, 70).avec("FORMATION", 29.5).avec("", 0.5)
                        .construire(),
                Nomenclatures.naf(1, "F", 18, "G", 18, "M", 10, "S", 9, "I", 6.5, "A", 5, "N", 5, "C", 5, "H", 4,
                        "L", 3.5, "K", 3, "J", 3, "P", 3, "R", 3, "Q", 2),
                VIDE);
    }

    private static ProfilDossier transco() {
        // Transitions collectives move employees out of threatened (mostly industrial) jobs.
        return new ProfilDossier(
                decision(90, 7, 3),
                TirageDiscret.<String>poids().avec("", 55).avec("FRANCE_COMPETENCES", 40).avec("FRANCE_TRAVAIL", 3)
                        .avec("APEC", 2).construire(),
                ProfilOperateur.sexe(45, 0.5),
                ages(25, 29, 12, 30, 39, 30, 40, 49, 33, 50, 60, 24.5),
                niveau(15, 35, 30, 12, 5, 2, 0),
                TirageDiscret.<String>poids().avec("CDI", 99).avec("", 1).construire(),
                tempsPartiel(8), csp(45, 35, 15, 5), rqth(6, 2),
                Nomenclatures.naf(2, "C", 50, "G", 15, "H", 10, "N", 10, "F", 5, "J", 5, "K", 5),
                Nomenclatures.romeOrigine(), Nomenclatures.ciblesFormation(), VIDE, VIDE, VIDE);
    }

    private static ProfilDossier vae() {
        return new ProfilDossier(
                decision(90, 6, 4),
                TirageDiscret.<String>poids().avec("", 80).avec("FRANCE_COMPETENCES", 15).avec("FRANCE_TRAVAIL", 3)
                        .avec("MISSION_LOCALE", 1).avec("CAP_EMPLOI", 1).construire(),
                ProfilOperateur.sexe(76, 0.5),
                ages(22, 29, 14, 30, 39, 30, 40, 49, 33, 50, 62, 22.5),
                niveau(20, 35, 30, 10, 3, 1, 0),
                TirageDiscret.<String>poids().avec("CDI", 75).avec("CDD", 15).avec("INTERIM", 3).avec("AUTRE", 2)
                        .avec("", 5).construire(),
                tempsPartiel(30), csp(12, 75, 10, 2), rqth(5, 1.5),
                Nomenclatures.naf(2, "Q", 45, "P", 10, "G", 10, "N", 8, "O", 8, "S", 5, "I", 4, "C", 4, "H", 3,
                        "M", 3),
                Nomenclatures.romeOrigine(), Nomenclatures.ciblesVae(), VIDE, VIDE, VIDE);
    }

    private static ProfilDossier clea() {
        // CléA candidates are mostly job seekers with few qualifications; almost all are certified.
        return new ProfilDossier(
                decision(99.5, 0.5, 0),
                TirageDiscret.<String>poids().avec("", 60).avec("FRANCE_TRAVAIL", 35).avec("MISSION_LOCALE", 4)
                        .avec("CAP_EMPLOI", 1).construire(),
                ProfilOperateur.sexe(68, 0.5),
                ages(18, 29, 35, 30, 44, 35, 45, 62, 29.5),
                niveau(40, 32, 20, 5, 1, 0, 0),
                TirageDiscret.<String>poids().avec("CDI", 60).avec("CDD", 30).avec("INTERIM", 10).construire(),
                tempsPartiel(40), csp(40, 60, 0, 0), rqth(10, 2),
                Nomenclatures.naf(2, "G", 20, "N", 20, "C", 15, "Q", 15, "I", 10, "H", 10, "F", 10),
                Nomenclatures.romeOrigine(), TirageDiscret.toujours(Nomenclatures.CLEA), VIDE, VIDE,
                TirageDiscret.<String>poids().avec("DEMANDEUR_EMPLOI", 85).avec(SALARIE, 2).avec("AUTRE", 12)
                        .avec("", 1).construire());
    }

    private static TirageDiscret<String> decision(double accepte, double refuse, double ajourne) {
        return TirageDiscret.<String>poids().avec("ACCEPTE", accepte).avec("REFUSE", refuse).avec("AJOURNE", ajourne)
                .construire();
    }

    /** Age bands given as (min, max, weight) triples, plus 0.5 % unknown. */
    private static TirageDiscret<Integer> ages(double... bandes) {
        TirageDiscret.Constructeur<Integer> t = TirageDiscret.poids();
        for (int i = 0; i < bandes.length; i += 3) {
            t.avecChacun(Ages.de((int) bandes[i], (int) bandes[i + 1]), bandes[i + 2]);
        }
        return t.avec(null, 0.5).construire();
    }

    /** Weights of SANS, 3, 4, 5, 6, 7, 8, plus 1.5 % unknown. */
    private static TirageDiscret<String> niveau(double... poids) {
        List<String> codes = List.of(Niveaux.SANS, "3", "4", "5", "6", "7", "8");
        TirageDiscret.Constructeur<String> t = TirageDiscret.poids();
        for (int i = 0; i < codes.size(); i++) {
            t.avec(codes.get(i), poids[i]);
        }
        return t.avec("", 1.5).construire();
    }

    private static TirageDiscret<String> tempsPartiel(double partTempsPartiel) {
        return TirageDiscret.<String>poids().avec("O", partTempsPartiel).avec("N", 99 - partTempsPartiel)
                .avec("", 1).construire();
    }

    private static TirageDiscret<String> csp(double ouvrier, double employe, double intermediaire, double cadre) {
        return TirageDiscret.<String>poids().avec("OUVRIER", ouvrier).avec("EMPLOYE", employe)
                .avec("PROFESSION_INTERMEDIAIRE", intermediaire).avec("CADRE", cadre).avec("", 1).construire();
    }

    private static TirageDiscret<String> rqth(double oui, double enCours) {
        return TirageDiscret.<String>poids().avec("OUI", oui).avec("EN_COURS", enCours)
                .avec("NON", 98.5 - oui - enCours).avec("", 1.5).construire();
    }
}
