package fr.transitionspro.suivicep.demo;

import static fr.transitionspro.suivicep.demo.Certification.*;
import static fr.transitionspro.suivicep.demo.Operators.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Démission-reconversion dossiers ({@code DEMISSION_RECONVERSION}, "prp") of Normandie,
 * 2020–2023: accepted / refused 454 / 20, 753 / 17, 977 / 12, 1 119 / 28, never adjourned.
 * A CEP is compulsory, so nearly every dossier names its operator.
 */
final class ReconversionDossiers {

    private ReconversionDossiers() {}

    private static final String PRP = "DEMISSION_RECONVERSION";

    static List<Dossier> build(long seed) {
        List<Dossier> all = new ArrayList<>();
        all.addAll(SchemeYear.build(PRP, 2020, List.of(
                // FRANCE_COMPETENCES 356 / 474 = 75.1 %, APEC 85 = 17.9 %, FONGECIF 32 = 6.8 %
                // (accompanied in 2019, before the regional operators), CAP_EMPLOI 1 = 0.2 %.
                accepted(FRANCE_COMPETENCES, 341), refused(FRANCE_COMPETENCES, 15),
                accepted(APEC, 81), refused(APEC, 4),
                accepted(CAP_EMPLOI, 1),
                accepted(FONGECIF, 31), refused(FONGECIF, 1)),
                earlier(454, 420, -1, 327, 127, 0), OTHERS, seed));
        all.addAll(SchemeYear.build(PRP, 2021, List.of(
                // 639 / 770 = 83.0 %, 129 = 16.8 %, FRANCE_TRAVAIL 2 = 0.3 %.
                accepted(FRANCE_COMPETENCES, 625), refused(FRANCE_COMPETENCES, 14),
                accepted(APEC, 126), refused(APEC, 3),
                accepted(FRANCE_TRAVAIL, 2)),
                // 553 creations of 752 known projects = 73.5 %: one accepted dossier has no
                // project type recorded, since no count out of 753 rounds to 73.5 %.
                earlier(753, 440, -1, 553, 199, 1), OTHERS, seed));
        all.addAll(SchemeYear.build(PRP, 2022, List.of(
                // 860 / 989 = 87.0 %, 126 = 12.7 %, FRANCE_TRAVAIL 1 = 0.1 %, CAP_EMPLOI 2 = 0.2 %.
                accepted(FRANCE_COMPETENCES, 850), refused(FRANCE_COMPETENCES, 10),
                accepted(APEC, 124), refused(APEC, 2),
                accepted(FRANCE_TRAVAIL, 1),
                accepted(CAP_EMPLOI, 2)),
                // 703 creations of 977 = 72.0 %.
                earlier(977, 460, 0, 703, 274, 0), OTHERS, seed));
        all.addAll(SchemeYear.build(PRP, 2023, List.of(
                // Among the 1 146 dossiers naming an operator: 960 = 83.77 %, 178 = 15.53 %,
                // 5 = 0.44 % → 0.4, 3 = 0.26 % → 0.3. One dossier has no operator recorded.
                accepted(FRANCE_COMPETENCES, 937), refused(FRANCE_COMPETENCES, 23),
                accepted(APEC, 173), refused(APEC, 5),
                accepted(CAP_EMPLOI, 5),
                accepted(MISSION_LOCALE, 3),
                accepted(null, 1)),
                ACCEPTED_2023, OTHERS, seed));
        return all;
    }

    /**
     * Ages of the 1 119 accepted in 2023: min 21, max 60, sum 42 074, mean 37.5996 → 37.6.
     * Median 36 (the 560th age): 535 are under 36 and 593 at most 36.
     * 30_39 = 561 = 50.1 % → 50.
     */
    static final Counts<Integer> AGES_2023 = Counts.ages("PRP 2023 ages", 21,
            2, 6, 10, 16, 22, 27, 31, 33, 33,               // 21–29: 180
            60, 60, 59, 59, 59, 58, 58, 50, 49, 49,         // 30–39: 561
            30, 28, 26, 26, 24, 23, 20, 18, 15, 13,         // 40–49: 223
            24, 22, 20, 18, 17, 14, 12, 10, 9, 6, 3)        // 50–60: 155
            .requireTotal(1119);

    /**
     * Where the 1 119 accepted worked before. Sections: G 213 (19.0 %, the largest, "près de
     * 1 sur 5"), then strictly S 150, F 130, Q 115, C 100; every other section below 100.
     */
    static final Counts<Dossier.Origin> ORIGINS_2023 = Counts.<Dossier.Origin>named("PRP 2023 origins")
            // G (213)
            .add(o("47.11F", "D1505"), 20).add(o("47.11F", "D1507"), 15).add(o("47.11D", "D1106"), 20)
            .add(o("47.11D", "D1505"), 10).add(o("45.20A", "I1604"), 30).add(o("47.71Z", "D1214"), 20)
            .add(o("46.69B", "D1407"), 15).add(o("47.73Z", "J1307"), 10).add(o("47.59B", "D1212"), 15)
            .add(o("46.39B", "N1103"), 18).add(o("47.19B", "D1507"), 10).add(o("47.24Z", "D1106"), 10)
            .add(o("45.11Z", "D1404"), 20)
            // S (150): hairdressing and beauty lead
            .add(o("96.02A", "D1202"), 55).add(o("96.02B", "D1208"), 35).add(o("94.99Z", "K1206"), 20)
            .add(o("96.09Z", "K1304"), 20).add(o("94.11Z", "M1602"), 10).add(o("95.11Z", "I1401"), 10)
            // F (130)
            .add(o("43.21A", "F1602"), 30).add(o("41.20A", "F1703"), 30).add(o("43.22A", "F1603"), 20)
            .add(o("43.32A", "F1607"), 15).add(o("43.99C", "F1703"), 15).add(o("43.34Z", "F1606"), 10)
            .add(o("43.31Z", "F1601"), 10)
            // Q (115)
            .add(o("88.10A", "K1302"), 30).add(o("87.10A", "J1501"), 25).add(o("86.10Z", "J1506"), 15)
            .add(o("86.10Z", "J1301"), 15).add(o("88.91A", "K1303"), 15).add(o("87.20A", "K1207"), 15)
            // C (100)
            .add(o("10.71C", "D1102"), 20).add(o("10.13B", "H2101"), 10).add(o("29.32Z", "H2909"), 20)
            .add(o("25.62B", "H2903"), 15).add(o("10.51C", "H2102"), 10).add(o("16.23Z", "H2206"), 10)
            .add(o("33.12Z", "I1304"), 15)
            // H (84), N (70), I (60), M (50), K (30), J (25)
            .add(o("49.41A", "N4101"), 30).add(o("52.10B", "N1103"), 20).add(o("49.32Z", "N4102"), 10)
            .add(o("53.20Z", "N4104"), 14).add(o("49.39A", "N4103"), 10)
            .add(o("81.21Z", "K2204"), 20).add(o("78.20Z", "H3302"), 15).add(o("82.20Z", "D1408"), 15)
            .add(o("80.10Z", "K2503"), 10).add(o("81.30Z", "A1203"), 10)
            .add(o("56.10A", "G1602"), 25).add(o("56.10A", "G1803"), 15).add(o("55.10Z", "G1703"), 10)
            .add(o("56.30Z", "G1801"), 10)
            .add(o("69.20Z", "M1203"), 20).add(o("71.12B", "H1206"), 15).add(o("70.22Z", "M1402"), 10)
            .add(o("74.10Z", "E1205"), 5)
            .add(o("64.19Z", "C1206"), 15).add(o("65.12Z", "C1102"), 10).add(o("66.22Z", "C1102"), 5)
            .add(o("62.02A", "M1805"), 15).add(o("61.10Z", "D1408"), 10)
            // P (20), A (20), L (15), E (15), R (15), D (5), B (2)
            .add(o("85.59A", "K2111"), 10).add(o("85.53Z", "K2110"), 10)
            .add(o("01.11Z", "A1416"), 10).add(o("01.41Z", "A1403"), 10)
            .add(o("68.31Z", "C1504"), 10).add(o("68.32A", "C1501"), 5)
            .add(o("38.11Z", "K2303"), 10).add(o("37.00Z", "K2301"), 5)
            .add(o("93.12Z", "G1204"), 10).add(o("90.01Z", "L1202"), 5)
            .add(o("35.11Z", "I1309"), 5)
            .add(o("08.12Z", "N1101"), 2)
            .build().requireTotal(1119);

    /**
     * The 780 accepted business creations or takeovers of 2023 by activity (section of
     * naf_projet): F 140 and G 140 (construction trades; garages, pharmacies, shops), S 70
     * (more than half hairdressing and beauty), I 50, K 20 + L 30 = 50 (estate agents, brokers,
     * wealth advisers); M 48, C 45, A 45, N 40, H 40, Q 35, R 32, J 25, P 20, each below 50.
     */
    static final Counts<Dossier.Project> BUSINESSES_2023 = Counts.<Dossier.Project>named("PRP 2023 businesses")
            .add(b("43.21A"), 30).add(b("43.31Z"), 20).add(b("41.20A"), 20).add(b("43.99C"), 25)
            .add(b("43.32A"), 15).add(b("43.22A"), 15).add(b("43.12A"), 5).add(b("43.91B"), 10)
            .add(b("45.20A"), 30).add(b("47.73Z"), 12).add(b("47.91B"), 20).add(b("47.76Z"), 10)
            .add(b("47.24Z"), 10).add(b("47.19B"), 10).add(b("47.78C"), 15).add(b("47.11C"), 8)
            .add(b("47.21Z"), 5).add(b("47.22Z"), 10).add(b("46.19B"), 10)
            .add(b("96.02A"), 25).add(b("96.02B"), 20).add(b("96.04Z"), 10).add(b("95.23Z"), 5)
            .add(b("96.09Z"), 10)
            .add(b("56.10A"), 25).add(b("56.30Z"), 12).add(b("56.10C"), 8).add(b("55.20Z"), 5)
            .add(b("68.31Z"), 22).add(b("68.32A"), 8).add(b("66.22Z"), 12).add(b("66.19B"), 8)
            .add(b("71.12B"), 15).add(b("70.22Z"), 18).add(b("69.10Z"), 5).add(b("74.10Z"), 10)
            .add(b("10.71C"), 25).add(b("10.13B"), 10).add(b("10.71D"), 10)
            .add(b("01.13Z"), 15).add(b("01.41Z"), 10).add(b("01.50Z"), 10).add(b("02.20Z"), 5)
            .add(b("03.12Z"), 5)
            .add(b("81.30Z"), 20).add(b("81.21Z"), 12).add(b("77.11A"), 3).add(b("82.99Z"), 5)
            .add(b("49.32Z"), 15).add(b("49.41B"), 20).add(b("53.20Z"), 5)
            .add(b("88.91A"), 10).add(b("86.90F"), 10).add(b("86.90E"), 5).add(b("88.10A"), 10)
            .add(b("93.13Z"), 12).add(b("90.01Z"), 8).add(b("93.29Z"), 12)
            .add(b("62.01Z"), 12).add(b("62.02A"), 8).add(b("63.12Z"), 5)
            .add(b("85.59A"), 8).add(b("85.53Z"), 7).add(b("85.51Z"), 5)
            .build().requireTotal(780);

    /**
     * The 339 accepted training projects of 2023 (30 % of the accepted): health and social
     * care about 90, administrative support about 40, road haulage about 40.
     */
    static final Counts<Dossier.Project> TRAININGS_2023 = Counts.<Dossier.Project>named("PRP 2023 trainings")
            .add(f(DE_INFIRMIER, "J1506"), 38).add(f(CAP_AEPE, "K1303"), 30).add(f(DE_AIDE_SOIGNANT, "J1501"), 22)
            .add(f(TP_SECRETAIRE_ASSISTANT, "M1607"), 12).add(f(TP_SECRETAIRE_COMPTABLE, "M1608"), 10)
            .add(f(TP_ASSISTANT_RH, "M1501"), 9).add(f(TP_GESTIONNAIRE_PAIE, "M1501"), 9)
            .add(f(TP_CONDUCTEUR_PORTEUR, "N4101"), 28).add(f(FIMO_MARCHANDISES, "N4101"), 12)
            .add(f(TP_DEVELOPPEUR_WEB, "M1805"), 16).add(f(BP_COIFFURE, "D1202"), 12)
            .add(f(CAP_ESTHETIQUE, "D1208"), 12).add(f(CAP_CUISINE, "G1602"), 12)
            .add(f(CAP_BOULANGER, "D1102"), 10).add(f(CAP_PATISSIER, "D1104"), 8)
            .add(f(TP_FORMATEUR, "K2111"), 10).add(f(DE_MONITEUR_EDUCATEUR, "K1207"), 8)
            .add(f(DE_EDUCATEUR_SPECIALISE, "K1207"), 10).add(f(CAPA_JARDINIER_PAYSAGISTE, "A1203"), 8)
            .add(f(TP_ELECTRICIEN_BATIMENT, "F1602"), 10).add(f(TP_INSTALLATEUR_THERMIQUE, "F1603"), 8)
            .add(f(DE_AMBULANCIER, "J1305"), 8).add(f(TP_COMPTABLE_ASSISTANT, "M1203"), 8)
            .add(f(TP_DESIGNER_WEB, "E1205"), 6).add(f(BP_PREPARATEUR_PHARMACIE, "J1307"), 6)
            .add(f(TP_CONSEILLER_INSERTION, "K1801"), 7).add(f(BTS_DIETETIQUE, "J1402"), 5)
            .add(f(DE_ACCOMPAGNANT_EDUCATIF_SOCIAL, "K1302"), 5)
            .build().requireTotal(339);

    /**
     * The published profile of the 1 119 accepted in 2023: F 560 / M 559 (50.0 / 50.0 %),
     * creation or takeover 780 = 69.7 % → 70. All on permanent contracts (a condition of the
     * scheme). Level, category and RQTH are plausible, not published.
     */
    static final DossierProfile ACCEPTED_2023 = new DossierProfile(
            Counts.of("PRP 2023 sexe", "F", 560, "M", 559),
            AGES_2023,
            Counts.of("PRP 2023 niveau", "SANS", 80, "3", 270, "4", 330, "5", 200, "6", 140, "7", 85, "8", 14),
            Counts.of("PRP 2023 contrat", "CDI", 1119),
            Counts.of("PRP 2023 temps_partiel", "O", 135, "N", 984),
            Counts.of("PRP 2023 csp", "EMPLOYE", 480, "OUVRIER", 290, "PROFESSION_INTERMEDIAIRE", 220, "CADRE", 129),
            Counts.of("PRP 2023 rqth", "OUI", 30, "EN_COURS", 8, "NON", 1081),
            ORIGINS_2023,
            BUSINESSES_2023.plus(TRAININGS_2023),
            null);

    /** Refused dossiers: same proportions, a few more training projects. */
    private static final DossierProfile OTHERS = ACCEPTED_2023
            .withProjects(BUSINESSES_2023.scaledTo(600).plus(TRAININGS_2023.scaledTo(400)));

    /**
     * Accepted dossiers of an earlier year: exact project-type split (the published
     * creation / takeover share), fewer women (men were the majority before 2023).
     */
    private static DossierProfile earlier(int n, int femalePerMille, int ageShift,
                                          int businesses, int trainings, int unrecorded) {
        Counts<Dossier.Project> projects = BUSINESSES_2023.scaledTo(businesses).plus(TRAININGS_2023.scaledTo(trainings))
                .plus(Counts.<Dossier.Project>named("unrecorded").add(Dossier.Project.UNRECORDED, unrecorded).build());
        return ACCEPTED_2023.scaledTo(n)
                .withSexe(PtpDossiers.womenPerMille(n, femalePerMille))
                .withAges(AGES_2023.map(a -> a + ageShift).scaledTo(n))
                .withProjects(projects.requireTotal(n));
    }

    private static SchemeYear.Outcome accepted(String operator, int n) {
        return new SchemeYear.Outcome(operator, "ACCEPTE", n);
    }

    private static SchemeYear.Outcome refused(String operator, int n) {
        return new SchemeYear.Outcome(operator, "REFUSE", n);
    }

    private static Dossier.Origin o(String naf, String rome) {
        return new Dossier.Origin(naf, rome);
    }

    private static Dossier.Project b(String naf) {
        return Dossier.Project.business(naf);
    }

    private static Dossier.Project f(Certification certification, String rome) {
        return Dossier.Project.training(certification, rome);
    }
}
