package fr.transitionspro.suivicep.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code entrees} as aggregated rows ({@code effectif} > 1): one row per region, operator, age
 * band and sex. Used for every region in 2022 and for the 17 regions other than Normandie in
 * 2023, so that the demo holds all of France while staying small and fast to import.
 */
final class AggregatedEntries {

    private AggregatedEntries() {}

    static final String[] HEADER = {
        "annee", "region", "operateur", "sexe", "age", "tranche_age", "niveau", "objectif", "statut", "effectif"};

    static final String[] AGE_BANDS = {"MOINS_18", "18_29", "30_44", "45_59", "60_PLUS"};

    /**
     * Age profile per operator (per mille, {@link Operators#CEP} order, {@link #AGE_BANDS} order).
     * France Travail's profile is set so that France métropolitaine as a whole, Normandie's
     * detailed rows included, gives 18_29 = 38 % and 30_44 = 33 % (published FM figures):
     * the other operators fix about 271 000 of the needed 1 171 000 young entrants.
     */
    private static final long[][] AGE_PROFILE = {
        {0, 170, 400, 370, 60},   // APEC: executives, few under 30
        {0, 110, 340, 450, 100},  // CAP_EMPLOI: the oldest public
        {0, 230, 540, 210, 20},   // FRANCE_COMPETENCES: mid-career employees
        {150, 845, 5, 0, 0},      // MISSION_LOCALE: 16–25 year-olds
        {2, 357, 347, 240, 54},   // FRANCE_TRAVAIL
    };

    /** Share of women per operator, per mille. */
    private static final long[] FEMALE_PER_MILLE = {440, 520, 610, 480, 500};

    /** Operator mix of overseas regions, per mille (more young people in Missions locales). */
    private static final long[] OVERSEAS_MIX = {12, 25, 40, 130, 793};

    static int write2023(Path file) throws IOException {
        try (CsvFile csv = CsvFile.create(file, HEADER)) {
            for (Map.Entry<String, int[]> e : operatorSplit2023().entrySet()) {
                writeRegion(csv, 2023, e.getKey(), e.getValue());
            }
            return csv.rows();
        }
    }

    static int write2022(Path file) throws IOException {
        Map<String, int[]> split2023 = operatorSplit2023();
        split2023.put(Regions.NORMANDIE, Operators.NORMANDIE_2023);
        try (CsvFile csv = CsvFile.create(file, HEADER)) {
            for (Regions.Region r : Regions.ALL) {
                // 2022 keeps each region's 2023 operator mix, on a slightly lower total.
                int[] split = Apportion.largestRemainder(r.entrees2022(), toLongs(split2023.get(r.code())));
                writeRegion(csv, 2022, r.code(), split);
            }
            return csv.rows();
        }
    }

    /**
     * Entries 2023 per operator for every region except Normandie (whose rows are detailed).
     *
     * <p>Metropolitan regions: each region's total is split in proportion to what FM still
     * needs once Normandie is counted; the few units of rounding left per operator are then
     * moved inside Île-de-France between that operator and France Travail, which keeps every
     * region total and makes every FM operator total exact.
     */
    static Map<String, int[]> operatorSplit2023() {
        int n = Operators.CEP.size();
        long[] fmRest = new long[n];
        for (int o = 0; o < n; o++) {
            fmRest[o] = Operators.FM_2023[o] - Operators.NORMANDIE_2023[o];
        }
        Map<String, int[]> split = new LinkedHashMap<>();
        int[] columnSums = new int[n];
        for (Regions.Region r : Regions.ALL) {
            if (r.code().equals(Regions.NORMANDIE)) {
                continue;
            }
            int[] parts = Apportion.largestRemainder(r.entrees2023(), r.metropolitan() ? fmRest : OVERSEAS_MIX);
            split.put(r.code(), parts);
            if (r.metropolitan()) {
                for (int o = 0; o < n; o++) {
                    columnSums[o] += parts[o];
                }
            }
        }
        int[] idf = split.get("11");
        int franceTravail = Operators.CEP.indexOf(Operators.FRANCE_TRAVAIL);
        for (int o = 0; o < n; o++) {
            if (o != franceTravail) {
                int missing = (int) fmRest[o] - columnSums[o];
                idf[o] += missing;
                idf[franceTravail] -= missing;
            }
        }
        return split;
    }

    private static void writeRegion(CsvFile csv, int year, String region, int[] perOperator) throws IOException {
        List<String> operators = Operators.CEP;
        for (int o = 0; o < operators.size(); o++) {
            int[] bands = Apportion.largestRemainder(perOperator[o], AGE_PROFILE[o]);
            for (int b = 0; b < AGE_BANDS.length; b++) {
                int women = Apportion.largestRemainder(bands[b], new long[] {FEMALE_PER_MILLE[o], 1000 - FEMALE_PER_MILLE[o]})[0];
                int men = bands[b] - women;
                if (women > 0) {
                    csv.row(year, region, operators.get(o), "F", null, AGE_BANDS[b], null, null, null, women);
                }
                if (men > 0) {
                    csv.row(year, region, operators.get(o), "M", null, AGE_BANDS[b], null, null, null, men);
                }
            }
        }
    }

    private static long[] toLongs(int[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
