package fr.transitionspro.suivicep.generateur;

import java.util.List;

/**
 * Who enters a CEP with one operator: each operator serves a different public (job seekers,
 * young people, employees, disabled people, executives), so every column has its own
 * distribution per operator. Weights are percentages; {@code ""} or {@code null} is an
 * unknown cell, kept to a few percent as in real AGORA extracts.
 */
record ProfilOperateur(
        String code,
        TirageDiscret<String> sexe,
        TirageDiscret<Integer> age,
        TirageDiscret<String> niveau,
        TirageDiscret<String> objectif,
        TirageDiscret<String> statut) {

    /** Operator mix of France métropolitaine in 2023 (AGORA): 81.5 / 8.1 / 5.0 / 2.3 / 3.0 %. */
    static TirageDiscret<ProfilOperateur> repartition() {
        return TirageDiscret.<ProfilOperateur>poids()
                .avec(franceTravail(), 81.5)
                .avec(missionLocale(), 8.1)
                .avec(franceCompetences(), 5.0)
                .avec(capEmploi(), 2.3)
                .avec(apec(), 3.0)
                .construire();
    }

    private static ProfilOperateur franceTravail() {
        return new ProfilOperateur("FRANCE_TRAVAIL",
                sexe(51, 0.5),
                TirageDiscret.<Integer>poids()
                        .avecChacun(Ages.de(16, 17), 0.3).avecChacun(Ages.de(18, 29), 36)
                        .avecChacun(Ages.de(30, 44), 36).avecChacun(Ages.de(45, 59), 23.7)
                        .avecChacun(Ages.de(60, 70), 3).avec(null, 1).construire(),
                TirageDiscret.<String>poids()
                        .avec(Niveaux.SANS, 18).avec("3", 25).avec("4", 27).avec("5", 13).avec("6", 9)
                        .avec("7", 5).avec("8", 0.5).avec("", 2.5).construire(),
                TirageDiscret.<String>poids()
                        .avec("TROUVER_EMPLOI", 55).avec("CHANGER_METIER", 14).avec("ACQUERIR_COMPETENCES", 10)
                        .avec("FAIRE_LE_POINT", 6).avec("CREER_REPRENDRE_ENTREPRISE", 5)
                        .avec("PREMIERE_INSERTION", 3).avec("RECONNAISSANCE_COMPETENCES", 2).avec("AUTRE", 2)
                        .avec("EVOLUER_POSTE", 1).avec("ANTICIPER_PERTE_EMPLOI", 0.5).avec("PLURIACTIVITE", 0.5)
                        .avec("", 1).construire(),
                statut(List.of("DEMANDEUR_EMPLOI", "SALARIE", "AUTRE"), 94, 2, 2));
    }

    private static ProfilOperateur missionLocale() {
        // Missions locales serve young people up to 25; a few older ones are still followed.
        return new ProfilOperateur("MISSION_LOCALE",
                sexe(48, 0.5),
                TirageDiscret.<Integer>poids()
                        .avecChacun(Ages.de(16, 17), 8).avecChacun(Ages.de(18, 25), 88)
                        .avecChacun(Ages.de(26, 29), 3).avec(null, 1).construire(),
                TirageDiscret.<String>poids()
                        .avec(Niveaux.SANS, 25).avec("3", 30).avec("4", 35).avec("5", 6).avec("6", 2)
                        .avec("", 2).construire(),
                TirageDiscret.<String>poids()
                        .avec("TROUVER_EMPLOI", 35).avec("PREMIERE_INSERTION", 30).avec("ACQUERIR_COMPETENCES", 20)
                        .avec("FAIRE_LE_POINT", 5).avec("CHANGER_METIER", 4).avec("AUTRE", 3)
                        .avec("CREER_REPRENDRE_ENTREPRISE", 1).avec("", 2).construire(),
                statut(List.of("DEMANDEUR_EMPLOI", "AUTRE", "SALARIE"), 65, 28, 5));
    }

    private static ProfilOperateur franceCompetences() {
        // The regional operator selected by France compétences accompanies employed people.
        return new ProfilOperateur("FRANCE_COMPETENCES",
                sexe(62, 0.5),
                TirageDiscret.<Integer>poids()
                        .avecChacun(Ages.de(18, 29), 15).avecChacun(Ages.de(30, 44), 56)
                        .avecChacun(Ages.de(45, 59), 26).avecChacun(Ages.de(60, 67), 2).avec(null, 1).construire(),
                TirageDiscret.<String>poids()
                        .avec(Niveaux.SANS, 5).avec("3", 20).avec("4", 28).avec("5", 22).avec("6", 13)
                        .avec("7", 8).avec("8", 1).avec("", 3).construire(),
                TirageDiscret.<String>poids()
                        .avec("CHANGER_METIER", 54).avec("CREER_REPRENDRE_ENTREPRISE", 18).avec("FAIRE_LE_POINT", 14)
                        .avec("EVOLUER_POSTE", 9).avec("ACQUERIR_COMPETENCES", 2)
                        .avec("RECONNAISSANCE_COMPETENCES", 2).avec("AUTRE", 1).avec("", 1).construire(),
                statut(List.of("SALARIE", "INDEPENDANT", "AUTRE"), 91, 6, 1));
    }

    private static ProfilOperateur capEmploi() {
        // Cap emploi accompanies disabled people, who are older on average.
        return new ProfilOperateur("CAP_EMPLOI",
                sexe(54, 0.5),
                TirageDiscret.<Integer>poids()
                        .avecChacun(Ages.de(18, 29), 12).avecChacun(Ages.de(30, 44), 32)
                        .avecChacun(Ages.de(45, 59), 50).avecChacun(Ages.de(60, 67), 5).avec(null, 1).construire(),
                TirageDiscret.<String>poids()
                        .avec(Niveaux.SANS, 22).avec("3", 35).avec("4", 22).avec("5", 10).avec("6", 4)
                        .avec("7", 2).avec("", 5).construire(),
                TirageDiscret.<String>poids()
                        .avec("TROUVER_EMPLOI", 45).avec("CHANGER_METIER", 20).avec("ANTICIPER_PERTE_EMPLOI", 12)
                        .avec("ACQUERIR_COMPETENCES", 8).avec("FAIRE_LE_POINT", 8).avec("AUTRE", 4)
                        .avec("", 3).construire(),
                statut(List.of("DEMANDEUR_EMPLOI", "SALARIE", "AUTRE"), 78, 18, 2));
    }

    private static ProfilOperateur apec() {
        // The Apec serves executives and graduates: high levels, no teenagers.
        return new ProfilOperateur("APEC",
                sexe(45, 0.5),
                TirageDiscret.<Integer>poids()
                        .avecChacun(Ages.de(21, 29), 16).avecChacun(Ages.de(30, 44), 40)
                        .avecChacun(Ages.de(45, 59), 38).avecChacun(Ages.de(60, 67), 5).avec(null, 1).construire(),
                TirageDiscret.<String>poids()
                        .avec("4", 2).avec("5", 8).avec("6", 25).avec("7", 55).avec("8", 5).avec("", 5).construire(),
                TirageDiscret.<String>poids()
                        .avec("EVOLUER_POSTE", 25).avec("TROUVER_EMPLOI", 25).avec("CHANGER_METIER", 20)
                        .avec("FAIRE_LE_POINT", 18).avec("CREER_REPRENDRE_ENTREPRISE", 5)
                        .avec("ANTICIPER_PERTE_EMPLOI", 3).avec("RECONNAISSANCE_COMPETENCES", 2).avec("", 2)
                        .construire(),
                statut(List.of("SALARIE", "DEMANDEUR_EMPLOI", "INDEPENDANT"), 48, 47, 2));
    }

    /** Sex with the given share of women and of unknown cells. */
    static TirageDiscret<String> sexe(double partFemmes, double partInconnue) {
        return TirageDiscret.<String>poids()
                .avec("F", partFemmes).avec("M", 100 - partFemmes - partInconnue).avec("", partInconnue)
                .construire();
    }

    /** Three statuses with their weights; the rest is split between AUTRE and unknown. */
    private static TirageDiscret<String> statut(List<String> codes, double p1, double p2, double p3) {
        TirageDiscret.Constructeur<String> t = TirageDiscret.<String>poids()
                .avec(codes.get(0), p1).avec(codes.get(1), p2).avec(codes.get(2), p3);
        double reste = 100 - p1 - p2 - p3;
        return t.avec("AUTRE", reste / 2).avec("", reste / 2).construire();
    }
}
