package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code entrees} 2023 for Normandie, one row per person (147 693 rows), as an AGORA extract.
 *
 * <p>Each operator's marginal counts are fixed so that the published profiles of sections 1.2
 * and 1.3 of the report round exactly (shares are among known values, 0 decimals unless said):
 * the counts below are the whole design, the random generator only pairs them.
 */
final class NormandieEntries {

    private NormandieEntries() {}

    private static final String[] BANDS = AggregatedEntries.AGE_BANDS;

    /**
     * @param ageRanges for each age band (in {@link AggregatedEntries#AGE_BANDS} order) the
     *                  lowest and highest age drawn, plus 1 when young ages are more frequent
     */
    private record OperatorProfile(String operator, Counts<String> sexe, Counts<String> band,
                                   Counts<String> niveau, Counts<String> objectif, Counts<String> statut,
                                   int[][] ageRanges) {}

    private static final int[][] DEFAULT_AGES = {{16, 17, 0}, {18, 29, 0}, {30, 44, 0}, {45, 59, 0}, {60, 66, 1}};

    private static final OperatorProfile APEC = new OperatorProfile(Operators.APEC,
            Counts.of("APEC sexe", "F", 1517, "M", 1930),
            // 30_44: 1 375 / 3 447 = 39.89 % → 39.9; 45_59: 1 334 / 3 447 = 38.70 % → 38.7 (1 decimal).
            Counts.of("APEC age", "18_29", 560, "30_44", 1375, "45_59", 1334, "60_PLUS", 178),
            // 7 + 8: 2 068 / 3 447 = 60.0 %, a highly qualified public.
            Counts.of("APEC niveau", "4", 79, "5", 300, "6", 1000, "7", 1850, "8", 218),
            // The published column adds up to 101 %: the counts give 4.79, 20.80, 10.71, 8.70,
            // 4.70 and 49.87 %, which round to 5, 21, 11, 9, 5 and 50; the two small
            // categories stay below 0.5 % and print as 0 %.
            Counts.of("APEC objectif", "ANTICIPER_PERTE_EMPLOI", 165, "CHANGER_METIER", 717,
                    "CREER_REPRENDRE_ENTREPRISE", 369, "FAIRE_LE_POINT", 300, "PREMIERE_INSERTION", 162,
                    "TROUVER_EMPLOI", 1719, "EVOLUER_POSTE", 10, "ACQUERIR_COMPETENCES", 5),
            Counts.of("APEC statut", "SALARIE", 1380, "DEMANDEUR_EMPLOI", 1900, "AUTRE", 167),
            new int[][] {{16, 17, 0}, {22, 29, 0}, {30, 44, 0}, {45, 59, 0}, {60, 66, 1}});

    private static final OperatorProfile CAP_EMPLOI = new OperatorProfile(Operators.CAP_EMPLOI,
            // F: 2 471 / 4 576 = 54.0 %.
            Counts.of("CAP_EMPLOI sexe", "F", 2471, "M", 2105),
            // 45 and over: 2 517 / 4 576 = 55.0 %, the oldest public.
            Counts.of("CAP_EMPLOI age", "18_29", 480, "30_44", 1579, "45_59", 2059, "60_PLUS", 458),
            null, // AGORA carries no certification level for Cap emploi
            // 4.00 / 1.01 / 0.11 / 1.01 / 0.17 / 93.71 % → 4, 1, 0, 1, 0, 94.
            Counts.of("CAP_EMPLOI objectif", "ANTICIPER_PERTE_EMPLOI", 183, "CHANGER_METIER", 46,
                    "CREER_REPRENDRE_ENTREPRISE", 5, "FAIRE_LE_POINT", 46, "ACQUERIR_COMPETENCES", 8,
                    "TROUVER_EMPLOI", 4288),
            Counts.of("CAP_EMPLOI statut", "DEMANDEUR_EMPLOI", 3400, "SALARIE", 1050, "AUTRE", 126),
            DEFAULT_AGES);

    private static final OperatorProfile FRANCE_COMPETENCES = new OperatorProfile(Operators.FRANCE_COMPETENCES,
            // F: 4 738 / 7 642 = 62.0 %.
            Counts.of("FRANCE_COMPETENCES sexe", "F", 4738, "M", 2904),
            // 30_44: 4 280 / 7 642 = 56.0 %, mid-career employees.
            Counts.of("FRANCE_COMPETENCES age", "18_29", 1680, "30_44", 4280, "45_59", 1560, "60_PLUS", 122),
            // Heterogeneous levels; SANS + 3 = 26 %, the "infra bac" share the operator quotes.
            Counts.of("FRANCE_COMPETENCES niveau", "SANS", 600, "3", 1400, "4", 1950, "5", 1500, "6", 1300,
                    "7", 800, "8", 92),
            // 53.99 / 18.01 / 14.00 / 9.00 / 2.00 / 2.00 / 0.99 % → 54, 18, 14, 9, 2, 2, 1.
            Counts.of("FRANCE_COMPETENCES objectif", "CHANGER_METIER", 4126, "CREER_REPRENDRE_ENTREPRISE", 1376,
                    "FAIRE_LE_POINT", 1070, "EVOLUER_POSTE", 688, "ACQUERIR_COMPETENCES", 153,
                    "RECONNAISSANCE_COMPETENCES", 153, "AUTRE", 76),
            // The regional operator serves people in work, employees or self-employed.
            Counts.of("FRANCE_COMPETENCES statut", "SALARIE", 6950, "INDEPENDANT", 642, "AUTRE", 50),
            DEFAULT_AGES);

    private static final OperatorProfile MISSION_LOCALE = new OperatorProfile(Operators.MISSION_LOCALE,
            // M: 6 489 / 12 479 = 52.0 %.
            Counts.of("MISSION_LOCALE sexe", "M", 6489, "F", 5990),
            Counts.of("MISSION_LOCALE age", "MOINS_18", 1850, "18_29", 10629),
            // SANS: 3 120 / 12 479 = 25.0 %, one young person in four.
            Counts.of("MISSION_LOCALE niveau", "SANS", 3120, "3", 4600, "4", 3900, "5", 659, "6", 200),
            // 9.00 / 1.00 / 3.00 / 10.00 / 30.00 / 28.00 / 8.00 / 1.00 / 1.00 / 9.00 %.
            Counts.of("MISSION_LOCALE objectif", "CHANGER_METIER", 1123, "CREER_REPRENDRE_ENTREPRISE", 125,
                    "FAIRE_LE_POINT", 374, "PREMIERE_INSERTION", 1248, "TROUVER_EMPLOI", 3744,
                    "ACQUERIR_COMPETENCES", 3494, "AUTRE", 998, "EVOLUER_POSTE", 125, "PLURIACTIVITE", 125,
                    "RECONNAISSANCE_COMPETENCES", 1123),
            Counts.of("MISSION_LOCALE statut", "DEMANDEUR_EMPLOI", 8700, "SALARIE", 1900, "AUTRE", 1879),
            // Missions locales serve 16–25 year-olds, mostly 18–21.
            new int[][] {{16, 17, 0}, {18, 25, 1}, {30, 44, 0}, {45, 59, 0}, {60, 66, 1}});

    private static final OperatorProfile FRANCE_TRAVAIL = new OperatorProfile(Operators.FRANCE_TRAVAIL,
            Counts.of("FRANCE_TRAVAIL sexe", "F", 60370, "M", 59179),
            // 18_29 + 30_44: 86 028 / 119 549 = 71.96 % → 72. With the other operators this also
            // gives Normandie 18_29 = 59 349 / 147 693 = 40.2 % → 40 and 30_44 = 47 262 → 32.0 %.
            Counts.of("FRANCE_TRAVAIL age", "MOINS_18", 200, "18_29", 46000, "30_44", 40028, "45_59", 28520,
                    "60_PLUS", 4801),
            null, // AGORA carries no certification level for Pôle emploi
            // 99.62 % → 100: a few other objectives, each below 0.5 %.
            Counts.of("FRANCE_TRAVAIL objectif", "TROUVER_EMPLOI", 119099, "CHANGER_METIER", 300,
                    "CREER_REPRENDRE_ENTREPRISE", 150),
            Counts.of("FRANCE_TRAVAIL statut", "DEMANDEUR_EMPLOI", 110000, "SALARIE", 7200, "AUTRE", 2349),
            DEFAULT_AGES);

    private static final List<OperatorProfile> PROFILES =
            List.of(APEC, CAP_EMPLOI, FRANCE_COMPETENCES, MISSION_LOCALE, FRANCE_TRAVAIL);

    static int write(Path file, long seed) throws IOException {
        try (CsvFile csv = CsvFile.create(file, AggregatedEntries.HEADER)) {
            for (int o = 0; o < PROFILES.size(); o++) {
                OperatorProfile p = PROFILES.get(o);
                int n = Operators.NORMANDIE_2023[o];
                p.sexe().requireTotal(n);
                p.band().requireTotal(n);
                p.objectif().requireTotal(n);
                p.statut().requireTotal(n);
                if (p.niveau() != null) {
                    p.niveau().requireTotal(n);
                }
                Random random = new Random(seed + 1000L * (o + 1));
                List<String> sexes = p.sexe().shuffled(random);
                List<String> bands = p.band().shuffled(random);
                List<String> levels = p.niveau() == null ? null : p.niveau().shuffled(random);
                List<String> objectives = p.objectif().shuffled(random);
                List<String> situations = p.statut().shuffled(random);
                List<Integer> ages = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    ages.add(drawAge(p.ageRanges()[indexOf(bands.get(i))], random));
                }
                if (levels != null) {
                    LevelAgeConsistency.fix(ages, levels);
                }
                for (int i = 0; i < n; i++) {
                    csv.row(2023, Regions.NORMANDIE, p.operator(), sexes.get(i), ages.get(i), bands.get(i),
                            levels == null ? null : levels.get(i), objectives.get(i), situations.get(i), null);
                }
            }
            return csv.rows();
        }
    }

    /** An age inside the band's range; "young-skewed" ranges take the lower of two draws. */
    private static int drawAge(int[] range, Random random) {
        int width = range[1] - range[0] + 1;
        int offset = random.nextInt(width);
        if (range[2] == 1) {
            offset = Math.min(offset, random.nextInt(width));
        }
        return range[0] + offset;
    }

    private static int indexOf(String band) {
        for (int i = 0; i < BANDS.length; i++) {
            if (BANDS[i].equals(band)) {
                return i;
            }
        }
        throw new IllegalArgumentException(band);
    }
}
