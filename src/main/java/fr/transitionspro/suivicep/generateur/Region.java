package fr.transitionspro.suivicep.generateur;

import java.util.List;

/**
 * A region with the reference figures that size its synthetic data.
 *
 * @param code INSEE region code
 * @param actifs2023 active population aged 15–64 in 2023 (INSEE order of magnitude;
 *     Normandie's is the exact figure its 2023 report divides by)
 * @param tauxRecours share of the active population entering a CEP in a year; chosen so
 *     that France métropolitaine is near 10 % with PACA highest and Grand Est lowest,
 *     as in the 2023 reports
 * @param tauxActivite active population / population aged 15–64
 * @param tauxEmploi employed / active population
 */
record Region(String code, String nom, long actifs2023, double tauxRecours, double tauxActivite,
        double tauxEmploi) {

    static final String CODE_NORMANDIE = "28";

    /** The 18 regions, in the order of their codes (the order rows are written in). */
    static final List<Region> TOUTES = List.of(
            new Region("01", "Guadeloupe", 165_000, 0.105, 0.68, 0.80),
            new Region("02", "Martinique", 160_000, 0.100, 0.70, 0.83),
            new Region("03", "Guyane", 110_000, 0.085, 0.58, 0.78),
            new Region("04", "La Réunion", 390_000, 0.110, 0.66, 0.80),
            new Region("06", "Mayotte", 100_000, 0.075, 0.45, 0.66),
            new Region("11", "Île-de-France", 6_300_000, 0.098, 0.77, 0.925),
            new Region("24", "Centre-Val de Loire", 1_200_000, 0.093, 0.74, 0.93),
            new Region("27", "Bourgogne-Franche-Comté", 1_300_000, 0.096, 0.74, 0.935),
            new Region("28", "Normandie", 1_495_850, 0.0987, 0.74, 0.925),
            new Region("32", "Hauts-de-France", 2_650_000, 0.112, 0.72, 0.90),
            new Region("44", "Grand Est", 2_550_000, 0.090, 0.73, 0.92),
            new Region("52", "Pays de la Loire", 1_800_000, 0.095, 0.76, 0.94),
            new Region("53", "Bretagne", 1_600_000, 0.094, 0.75, 0.935),
            new Region("75", "Nouvelle-Aquitaine", 2_850_000, 0.106, 0.74, 0.93),
            new Region("76", "Occitanie", 2_750_000, 0.116, 0.72, 0.90),
            new Region("84", "Auvergne-Rhône-Alpes", 4_000_000, 0.097, 0.76, 0.935),
            new Region("93", "Provence-Alpes-Côte d'Azur", 2_350_000, 0.124, 0.72, 0.905),
            new Region("94", "Corse", 155_000, 0.092, 0.71, 0.92));

    static Region normandie() {
        return TOUTES.stream().filter(r -> r.code.equals(CODE_NORMANDIE)).findFirst().orElseThrow();
    }

    /** Active population for a year: the 2023 figure with a slight yearly growth. */
    long actifs(int annee) {
        return Math.round(actifs2023 * (1 + 0.003 * (annee - 2023)));
    }

    /** Size relative to Normandie, which the dossier volumes are calibrated on. */
    double facteurTaille() {
        return (double) actifs2023 / normandie().actifs2023;
    }
}
