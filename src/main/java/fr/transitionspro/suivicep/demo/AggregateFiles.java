package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The two {@code agregats} files: figures the association receives rather than computes.
 * Values are written as literal decimal strings so the files never depend on double formatting.
 */
final class AggregateFiles {

    private AggregateFiles() {}

    private static final String[] HEADER = {"indicateur", "region", "annee", "dimensions", "valeur", "unite", "source"};
    private static final String NOMBRE = "nombre";
    private static final String POURCENTAGE = "pourcentage";
    private static final String CREATION = "projet=CREATION_REPRISE";
    private static final String FORMATION = "projet=FORMATION";
    private static final int[] YEARS = {2020, 2021, 2022, 2023};

    /**
     * The interregional exchange with Bretagne and Pays de la Loire (section 3 of the report),
     * whose detailed files Normandie does not hold. Training share = 100 − creation share.
     */
    static int writeInterregional(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, HEADER)) {
            exchange(csv, "53", new int[] {1172, 1348, 1353, 1382}, new int[] {0, 0, 933, 945},
                    new int[] {532, 847, 1001, 1211}, new int[] {65, 62, 65, 61});
            exchange(csv, "52", new int[] {1424, 1864, 1664, 1706}, new int[] {86, 865, 1113, 1253},
                    new int[] {846, 931, 1088, 1257}, new int[] {71, 73, 69, 75});
            return csv.rows();
        }
    }

    /** @param withCep 0 where Bretagne's information system could not tell (before 2022) */
    private static void exchange(CsvFile csv, String region, int[] ptp, int[] withCep, int[] prp, int[] creation)
            throws IOException {
        for (int y = 0; y < YEARS.length; y++) {
            csv.row("ptp.dossiers", region, YEARS[y], null, ptp[y], NOMBRE, null);
            if (withCep[y] > 0) {
                csv.row("ptp.avec_cep", region, YEARS[y], null, withCep[y], NOMBRE, null);
            }
            csv.row("prp.dossiers", region, YEARS[y], null, prp[y], NOMBRE, null);
            csv.row("prp.projet", region, YEARS[y], CREATION, creation[y], POURCENTAGE, null);
            csv.row("prp.projet", region, YEARS[y], FORMATION, 100 - creation[y], POURCENTAGE, null);
        }
    }

    /**
     * The national follow-up survey of démission-reconversion beneficiaries, Normandie 2023
     * (Qualitest; section 2.2 « Leur devenir »). No file of the association holds these.
     */
    private static void writeSurvey(CsvFile csv) throws IOException {
        survey(csv, "enquete.prp.repondants", null, "526", NOMBRE);
        survey(csv, "enquete.prp.taux_reponse", null, "50.2", POURCENTAGE);
        // Split by project where the report gives one figure per project type.
        survey(csv, "enquete.prp.niveau_4_ou_plus", CREATION, "76", POURCENTAGE);
        survey(csv, "enquete.prp.niveau_4_ou_plus", FORMATION, "82", POURCENTAGE);
        survey(csv, "enquete.prp.a_demissionne", CREATION, "93", POURCENTAGE);
        survey(csv, "enquete.prp.a_demissionne", FORMATION, "97", POURCENTAGE);
        survey(csv, "enquete.prp.inscrit_pole_emploi", CREATION, "99", POURCENTAGE);
        survey(csv, "enquete.prp.inscrit_pole_emploi", FORMATION, "97", POURCENTAGE);
        survey(csv, "enquete.prp.percoit_are", CREATION, "43", POURCENTAGE);
        survey(csv, "enquete.prp.percoit_are", FORMATION, "88", POURCENTAGE);
        survey(csv, "enquete.prp.projet_maintenu", FORMATION, "90", POURCENTAGE);
        survey(csv, "enquete.prp.financement_obtenu", FORMATION, "99", POURCENTAGE);
        survey(csv, "enquete.prp.formation_terminee", FORMATION, "53", POURCENTAGE);
        survey(csv, "enquete.prp.formation_reussie", FORMATION, "93", POURCENTAGE);
        survey(csv, "enquete.prp.emploi_lien_formation", FORMATION, "66", POURCENTAGE);
        survey(csv, "enquete.prp.en_recherche_emploi", FORMATION, "70", POURCENTAGE);
        survey(csv, "enquete.prp.indemnise", CREATION, "97", POURCENTAGE);
        survey(csv, "enquete.prp.percoit_arce", CREATION, "54", POURCENTAGE);
        survey(csv, "enquete.prp.entreprise_immatriculee", CREATION, "91", POURCENTAGE);
        survey(csv, "enquete.prp.statuts_deposes", CREATION, "95", POURCENTAGE);
        survey(csv, "enquete.prp.sans_ptp_prealable", null, "73", POURCENTAGE);
        survey(csv, "enquete.prp.raison_non_ptp", "raison=NON_ELIGIBILITE", "28", POURCENTAGE);
        survey(csv, "enquete.prp.raison_non_ptp", "raison=REFUS_ABSENCE", "24", POURCENTAGE);
        survey(csv, "enquete.prp.raison_non_ptp", "raison=REFUS_DOSSIER", "28", POURCENTAGE);
    }

    /**
     * Normandie's received figures in ONE file: an import replaces whole slices (type × region ×
     * year), so the survey and the published figures of 28/2023 in two files would erase each other.
     */
    static int writeNormandie(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, HEADER)) {
            writeSurvey(csv);
            writePublished(csv);
            return csv.rows();
        }
    }

    private static void survey(CsvFile csv, String indicator, String dimensions, String value, String unit)
            throws IOException {
        csv.row(indicator, Regions.NORMANDIE, 2023, dimensions, value, unit, null);
    }

    /**
     * Figures as printed in the 2023 report (source {@code publie}), for the quality annex that
     * compares them with the recomputed ones. The first four disagree with the report's own
     * detailed figures (see demo.md): 964 / 1 265 is 76.2 %, not 75; 565 / 1 265 is 44.7 %,
     * not 44; without CEP 535 / 700 is 76.4 %, not 72; section 3 prints 481 dossiers for 2020
     * where section 2.2 counts 474. The others agree.
     */
    private static void writePublished(CsvFile csv) throws IOException {
        published(csv, "ptp.taux_acceptation", 2023, null, "75", POURCENTAGE);
        published(csv, "ptp.part_cep", 2023, null, "44", POURCENTAGE);
        published(csv, "ptp.taux_acceptation", 2023, "cep=SANS", "72", POURCENTAGE);
        published(csv, "prp.dossiers", 2020, null, "481", NOMBRE);
        published(csv, "ptp.dossiers", 2023, null, "1265", NOMBRE);
        published(csv, "ptp.acceptes", 2023, null, "964", NOMBRE);
        published(csv, "ptp.taux_acceptation", 2023, "cep=AVEC", "76", POURCENTAGE);
        published(csv, "prp.dossiers", 2023, null, "1147", NOMBRE);
        published(csv, "prp.acceptes", 2023, null, "1119", NOMBRE);
        published(csv, "cep.entrees", 2023, null, "147693", NOMBRE);
        published(csv, "cep.taux_recours", 2023, null, "9.9", POURCENTAGE);
    }

    private static void published(CsvFile csv, String indicator, int year, String dimensions, String value,
                                  String unit) throws IOException {
        csv.row(indicator, Regions.NORMANDIE, year, dimensions, value, unit, "publie");
    }
}
