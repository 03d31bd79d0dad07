package fr.transitionspro.suivicep.demo;

import static fr.transitionspro.suivicep.demo.Certification.*;
import static fr.transitionspro.suivicep.demo.Operators.*;

import java.util.ArrayList;
import java.util.List;

/**
 * PTP (projet de transition professionnelle) dossiers of Normandie, 2020–2023.
 *
 * <p>Presented, with CEP and accepted counts reproduce sections 2.1 and 3 of the report:
 * 1 254 / 1 383 / 1 307 / 1 265 presented, 150 / 425 / 497 / 565 with a CEP, 964 accepted in
 * 2023. The 2023 accepted dossiers carry the published profile exactly.
 */
final class PtpDossiers {

    private PtpDossiers() {}

    private static final String PTP = "PTP";

    /** Refused dossiers are sometimes adjourned instead (‰ of the non-accepted). */
    private static final int ADJOURNED = 80;

    static List<Dossier> build(long seed) {
        List<Dossier> all = new ArrayList<>();
        all.addAll(SchemeYear.build(PTP, 2020, outcomes2020(), accepted(878, 580, -2), others(-2), seed));
        all.addAll(SchemeYear.build(PTP, 2021, outcomes2021(), accepted(970, 590, -1), others(-1), seed));
        all.addAll(SchemeYear.build(PTP, 2022, outcomes2022(), accepted(918, 600, -1), others(-1), seed));
        all.addAll(SchemeYear.build(PTP, 2023, outcomes2023(), ACCEPTED_2023, others(0), seed));
        return all;
    }

    /**
     * 2023: 565 with CEP (FRANCE_COMPETENCES 503 = 89.0 %, CAP_EMPLOI 40 = 7.1 % of them),
     * 429 of them accepted (75.9 % → 76). Accepted with each operator, out of all 964 accepted:
     * 382 = 39.6 % → 40, 27 = 2.8 % → 3, 7 = 0.7 % → 1, 7 → 1, 6 = 0.6 % → 1.
     * Without CEP: 535 accepted of 700.
     */
    private static List<SchemeYear.Outcome> outcomes2023() {
        List<SchemeYear.Outcome> o = new ArrayList<>();
        o.addAll(SchemeYear.outcomes(FRANCE_COMPETENCES, 503, 382, ADJOURNED));
        o.addAll(SchemeYear.outcomes(CAP_EMPLOI, 40, 27, ADJOURNED));
        o.addAll(SchemeYear.outcomes(MISSION_LOCALE, 8, 7, ADJOURNED));
        o.addAll(SchemeYear.outcomes(FRANCE_TRAVAIL, 8, 7, ADJOURNED));
        o.addAll(SchemeYear.outcomes(APEC, 6, 6, ADJOURNED));
        o.addAll(SchemeYear.outcomes(null, 700, 535, ADJOURNED));
        return o;
    }

    /**
     * 2022: with CEP 343 accepted of 497 (69.0 %), without 575 of 810 (71.0 %): 918 accepted.
     * Of all accepted: 285 = 31.0 %, 37 = 4.0 %, 7 = 0.8 % (×3).
     */
    private static List<SchemeYear.Outcome> outcomes2022() {
        List<SchemeYear.Outcome> o = new ArrayList<>();
        o.addAll(SchemeYear.outcomes(FRANCE_COMPETENCES, 410, 285, ADJOURNED));
        o.addAll(SchemeYear.outcomes(CAP_EMPLOI, 60, 37, ADJOURNED));
        o.addAll(SchemeYear.outcomes(MISSION_LOCALE, 10, 7, ADJOURNED));
        o.addAll(SchemeYear.outcomes(FRANCE_TRAVAIL, 9, 7, ADJOURNED));
        o.addAll(SchemeYear.outcomes(APEC, 8, 7, ADJOURNED));
        o.addAll(SchemeYear.outcomes(null, 810, 575, ADJOURNED));
        return o;
    }

    /**
     * 2021: 970 accepted; with each operator 233 = 24.0 %, 48 = 4.9 % → 5, 9 = 0.9 % → 1 (×2),
     * APEC 3 = 0.31 % → 0.3 (published with one decimal).
     */
    private static List<SchemeYear.Outcome> outcomes2021() {
        List<SchemeYear.Outcome> o = new ArrayList<>();
        o.addAll(SchemeYear.outcomes(FRANCE_COMPETENCES, 330, 233, ADJOURNED));
        o.addAll(SchemeYear.outcomes(CAP_EMPLOI, 70, 48, ADJOURNED));
        o.addAll(SchemeYear.outcomes(MISSION_LOCALE, 11, 9, ADJOURNED));
        o.addAll(SchemeYear.outcomes(FRANCE_TRAVAIL, 10, 9, ADJOURNED));
        o.addAll(SchemeYear.outcomes(APEC, 4, 3, ADJOURNED));
        o.addAll(SchemeYear.outcomes(null, 958, 668, ADJOURNED));
        return o;
    }

    /** 2020: 150 with CEP, some still accompanied by a Fongecif; 878 accepted (70 %). */
    private static List<SchemeYear.Outcome> outcomes2020() {
        List<SchemeYear.Outcome> o = new ArrayList<>();
        o.addAll(SchemeYear.outcomes(FRANCE_COMPETENCES, 90, 63, ADJOURNED));
        o.addAll(SchemeYear.outcomes(FONGECIF, 20, 14, ADJOURNED));
        o.addAll(SchemeYear.outcomes(CAP_EMPLOI, 25, 17, ADJOURNED));
        o.addAll(SchemeYear.outcomes(APEC, 5, 4, ADJOURNED));
        o.addAll(SchemeYear.outcomes(MISSION_LOCALE, 5, 3, ADJOURNED));
        o.addAll(SchemeYear.outcomes(FRANCE_TRAVAIL, 5, 3, ADJOURNED));
        o.addAll(SchemeYear.outcomes(null, 1104, 774, ADJOURNED));
        return o;
    }

    /**
     * Ages of the 964 accepted in 2023: min 20, max 63, mean 36 656 / 964 = 38.02 → 38.
     * Median exactly 38: 480 are under 38 and 516 at most 38, so the 482nd and 483rd ages are
     * both 38. 30_39 = 372 = 38.6 % ("près de 40 %").
     */
    static final Counts<Integer> AGES_2023 = Counts.ages("PTP 2023 ages", 20,
            2, 5, 9, 13, 17, 20, 24, 28, 30, 32,            // 20–29: 180
            38, 38, 38, 38, 37, 37, 37, 37, 36, 36,         // 30–39: 372
            40, 38, 36, 34, 32, 30, 28, 26, 23, 19,         // 40–49: 306
            17, 15, 13, 11, 10, 9, 8, 7, 5, 4, 3, 2, 1, 1)  // 50–63: 106
            .requireTotal(964);

    /**
     * Where the 964 accepted worked before (NAF, ROME). Sections G (220) and Q (214) make
     * 434 = 45.0 %, mostly hyper/supermarkets, home help, nursing homes and hospitals.
     */
    static final Counts<Dossier.Origin> ORIGINS_2023 = Counts.<Dossier.Origin>named("PTP 2023 origins")
            // G: commerce (220)
            .add(o("47.11F", "D1505"), 30).add(o("47.11F", "D1507"), 25).add(o("47.11F", "D1106"), 10)
            .add(o("47.11F", "N1103"), 5)
            .add(o("47.11D", "D1505"), 25).add(o("47.11D", "D1507"), 20).add(o("47.11D", "D1106"), 15)
            .add(o("47.71Z", "D1214"), 25).add(o("47.19B", "D1507"), 8).add(o("47.19B", "D1505"), 7)
            .add(o("45.20A", "I1604"), 10).add(o("46.90Z", "N1103"), 12).add(o("47.52B", "D1212"), 8)
            .add(o("47.30Z", "D1505"), 5).add(o("47.21Z", "D1106"), 5).add(o("47.78C", "D1214"), 10)
            // Q: health and social work (214)
            .add(o("88.10A", "K1302"), 80)
            .add(o("87.10A", "J1301"), 35).add(o("87.10A", "K1302"), 15).add(o("87.10A", "K2204"), 10)
            .add(o("86.10Z", "J1301"), 30).add(o("86.10Z", "K2204"), 10).add(o("86.10Z", "M1602"), 10)
            .add(o("87.30A", "K1302"), 14).add(o("88.91A", "K1303"), 10)
            // C: manufacturing, mostly agri-food and automotive (170)
            .add(o("10.11Z", "H2101"), 30).add(o("10.71A", "H2102"), 15).add(o("29.32Z", "H2909"), 35)
            .add(o("22.29A", "H3302"), 15).add(o("25.62B", "H2903"), 30).add(o("10.51C", "H2102"), 15)
            .add(o("20.41Z", "H3302"), 15).add(o("30.30Z", "H2909"), 10).add(o("17.21A", "H3302"), 5)
            // H: logistics (80)
            .add(o("52.10B", "N1103"), 40).add(o("52.29A", "N1103"), 20).add(o("49.41B", "N4105"), 10)
            .add(o("53.20Z", "N4104"), 10)
            // N: cleaning, temporary work, security, call centres (82)
            .add(o("81.21Z", "K2204"), 40).add(o("78.20Z", "H3302"), 10).add(o("80.10Z", "K2503"), 12)
            .add(o("82.20Z", "D1408"), 15).add(o("81.30Z", "A1203"), 5)
            // I: hotels and restaurants (55)
            .add(o("55.10Z", "G1501"), 15).add(o("55.10Z", "G1703"), 5).add(o("56.10A", "G1803"), 15)
            .add(o("56.10A", "G1602"), 10).add(o("56.10C", "G1603"), 10)
            // Other sections (123)
            .add(o("43.21A", "F1602"), 9).add(o("41.20A", "F1703"), 10).add(o("43.34Z", "F1606"), 6)
            .add(o("69.20Z", "M1602"), 10).add(o("71.12B", "M1602"), 5).add(o("70.22Z", "M1604"), 5)
            .add(o("64.19Z", "C1401"), 10).add(o("65.12Z", "C1401"), 5)
            .add(o("96.02A", "D1202"), 8).add(o("94.99Z", "M1602"), 5).add(o("96.09Z", "K1304"), 2)
            .add(o("85.59A", "M1602"), 5).add(o("85.10Z", "K2204"), 5)
            .add(o("61.10Z", "D1408"), 6).add(o("58.13Z", "M1602"), 4)
            .add(o("68.32A", "C1501"), 8)
            .add(o("01.50Z", "A1416"), 10).add(o("01.13Z", "A1414"), 5)
            .add(o("38.11Z", "K2303"), 8).add(o("36.00Z", "I1310"), 2)
            .add(o("93.29Z", "G1201"), 5).add(o("93.11Z", "G1204"), 5)
            .add(o("35.14Z", "D1408"), 5)
            .build().requireTotal(964);

    /**
     * Targeted certification and job of the 964 accepted. ROME top 10, strictly decreasing so
     * the order does not depend on tie-breaking: J1501 106 (11.0 %), N4101 90 (9.3 %),
     * M1608 50 (5.2 %), M1609 41 (4.3 %), M1203 38 (3.9 %), N4103 33 (3.4 %), D1401 31 (3.2 %),
     * J1506 29 (3.0 %), K1303 27 (2.8 %), K1801 20 (2.1 %); every other job at most 19.
     * Certifications: TP porteur 112 and DE aide-soignant 100, together 212 = 22.0 %.
     */
    static final Counts<Dossier.Project> TARGETS_2023 = Counts.<Dossier.Project>named("PTP 2023 targets")
            .add(t(TP_CONDUCTEUR_PORTEUR, "N4101"), 90).add(t(TP_CONDUCTEUR_PORTEUR, "N4105"), 14)
            .add(t(TP_CONDUCTEUR_PORTEUR, "N4104"), 8)
            .add(t(DE_AIDE_SOIGNANT, "J1501"), 100).add(t(BAC_PRO_ASSP, "J1501"), 6)
            .add(t(TP_SECRETAIRE_COMPTABLE, "M1608"), 50)
            .add(t(SECRETAIRE_MEDICAL, "M1609"), 41)
            .add(t(TP_COMPTABLE_ASSISTANT, "M1203"), 25).add(t(TP_GESTIONNAIRE_COMPTABLE_FISCAL, "M1203"), 13)
            .add(t(TP_CONDUCTEUR_TRANSPORT_EN_COMMUN, "N4103"), 33)
            .add(t(TP_ASSISTANT_COMMERCIAL, "D1401"), 31)
            .add(t(DE_INFIRMIER, "J1506"), 29)
            .add(t(CAP_AEPE, "K1303"), 27)
            .add(t(TP_CONSEILLER_INSERTION, "K1801"), 20)
            // Below the top 10: at most 19 per job.
            .add(t(TP_SECRETAIRE_ASSISTANT, "M1607"), 19).add(t(TP_DEVELOPPEUR_WEB, "M1805"), 18)
            .add(t(DE_AUXILIAIRE_PUERICULTURE, "J1304"), 18).add(t(DE_MONITEUR_EDUCATEUR, "K1207"), 17)
            .add(t(DE_AMBULANCIER, "J1305"), 17).add(t(TP_CARISTE, "N1101"), 17)
            .add(t(DE_ACCOMPAGNANT_EDUCATIF_SOCIAL, "K1302"), 16).add(t(TP_ELECTRICIEN_BATIMENT, "F1602"), 16)
            .add(t(TP_FORMATEUR, "K2111"), 16).add(t(CAP_MAINTENANCE_VEHICULES, "I1604"), 15)
            .add(t(TP_ASSISTANT_RH, "M1501"), 15).add(t(TP_GESTIONNAIRE_PAIE, "M1501"), 4)
            .add(t(TP_ENSEIGNANT_CONDUITE, "K2110"), 15).add(t(TP_SOUDEUR, "H2913"), 15)
            .add(t(TP_TECHNICIEN_CVC, "I1308"), 14).add(t(TP_INSTALLATEUR_THERMIQUE, "F1603"), 14)
            .add(t(BP_COIFFURE, "D1202"), 14).add(t(CAP_ESTHETIQUE, "D1208"), 14)
            .add(t(CAPA_JARDINIER_PAYSAGISTE, "A1203"), 14).add(t(TP_EMPLOYE_ADMINISTRATIF, "M1602"), 13)
            .add(t(CAP_BOULANGER, "D1102"), 13).add(t(CAP_PATISSIER, "D1104"), 10).add(t(CAP_CUISINE, "G1602"), 13)
            .add(t(TP_ADMINISTRATEUR_INFRASTRUCTURES, "M1801"), 12).add(t(TP_PEINTRE_BATIMENT, "F1606"), 12)
            .add(t(TP_TECHNICIEN_MAINTENANCE_INDUSTRIELLE, "I1304"), 12).add(t(TP_AGENT_SURETE, "K2503"), 12)
            .add(t(TP_CONSEILLER_RELATION_CLIENT, "D1408"), 12)
            .add(t(TP_TECHNICIEN_ASSISTANCE_INFORMATIQUE, "I1401"), 12)
            .add(t(BP_PREPARATEUR_PHARMACIE, "J1307"), 11).add(t(TP_DESIGNER_WEB, "E1205"), 11)
            .add(t(CAP_BOUCHER, "D1101"), 10).add(t(BTS_PROFESSIONS_IMMOBILIERES, "C1504"), 10)
            .add(t(TP_ASSISTANT_DIRECTION, "M1604"), 10).add(t(TP_ASSISTANT_VIE_FAMILLES, "K1304"), 8)
            .add(t(BTS_DIETETIQUE, "J1402"), 8)
            .build().requireTotal(964);

    /**
     * The published profile of the 964 accepted in 2023 (0 decimals unless said):
     * F 588 = 61.0 %; niveau SANS 115 = 11.9, 3 316 = 32.8, 4 316 = 32.8, 5 124 = 12.9,
     * 6 66 = 6.8, 7 + 8 27 = 2.8 (the published levels add up to 101 %, so each count sits a
     * little under its printed share); CDI 935 = 97.0, CDD 29 = 3.0; part time 212 = 22.0;
     * EMPLOYE 617 = 64.0, OUVRIER 212 = 22.0, PROFESSION_INTERMEDIAIRE + CADRE 135 = 14.0;
     * RQTH OUI 81 = 8.40 % → 8.4 and EN_COURS 39 = 4.05 % → 4.0 (1 decimal).
     */
    static final DossierProfile ACCEPTED_2023 = new DossierProfile(
            Counts.of("PTP 2023 sexe", "F", 588, "M", 376),
            AGES_2023,
            Counts.of("PTP 2023 niveau", "SANS", 115, "3", 316, "4", 316, "5", 124, "6", 66, "7", 20, "8", 7),
            Counts.of("PTP 2023 contrat", "CDI", 935, "CDD", 29),
            Counts.of("PTP 2023 temps_partiel", "O", 212, "N", 752),
            Counts.of("PTP 2023 csp", "EMPLOYE", 617, "OUVRIER", 212, "PROFESSION_INTERMEDIAIRE", 120, "CADRE", 15),
            Counts.of("PTP 2023 rqth", "OUI", 81, "EN_COURS", 39, "NON", 844),
            ORIGINS_2023,
            TARGETS_2023,
            null);

    /**
     * Accepted dossiers of an earlier year: the 2023 profile's proportions, a slightly lower
     * share of women and slightly younger ages (the report notes beneficiaries get older).
     */
    private static DossierProfile accepted(int n, int femalePerMille, int ageShift) {
        return ACCEPTED_2023.scaledTo(n)
                .withSexe(womenPerMille(n, femalePerMille))
                .withAges(AGES_2023.map(a -> a + ageShift).scaledTo(n));
    }

    /** Refused and adjourned dossiers: same proportions, fewer women than among the accepted. */
    private static DossierProfile others(int ageShift) {
        return ACCEPTED_2023.withSexe(Counts.of("PTP others sexe", "F", 550, "M", 450))
                .withAges(AGES_2023.map(a -> a + ageShift));
    }

    static Counts<String> womenPerMille(int n, int femalePerMille) {
        return Counts.of("sexe", "F", femalePerMille, "M", 1000 - femalePerMille).scaledTo(n);
    }

    private static Dossier.Origin o(String naf, String rome) {
        return new Dossier.Origin(naf, rome);
    }

    private static Dossier.Project t(Certification certification, String rome) {
        return Dossier.Project.target(certification, rome);
    }
}
