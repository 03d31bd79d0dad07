package fr.transitionspro.suivicep.demo;

import java.util.List;

/**
 * The 18 regions with their active population and their CEP entries.
 *
 * <p>Everything here is chosen, not observed, so that the take-up rate
 * {@code 100 × entries / actifs} reproduces the 2023 report:
 * <ul>
 *   <li>Normandie: 147 693 / 1 495 850 = 9.87 % → 9.9;</li>
 *   <li>FM (13 metropolitan regions): 3 238 520 / 32 066 950 = 10.10 % → 10.1;</li>
 *   <li>Provence-Alpes-Côte d'Azur highest (12.41 %), Grand Est lowest (9.02 %);</li>
 *   <li>Normandie 5th: only 93, 32, 76 and 11 have a higher rate.</li>
 * </ul>
 * The 12 other metropolitan regions' 2023 entries add up to 3 090 827 = FM total − Normandie,
 * so that FM matches the published total exactly. Île-de-France absorbs the rounding.
 * Overseas regions only count in FR, so their figures are merely plausible.
 */
final class Regions {

    private Regions() {}

    static final String NORMANDIE = "28";

    /**
     * @param actifs           active population 15–64 (denominator of the take-up rate)
     * @param population1564   population aged 15–64 (for Normandie the 2 014 939 quoted by the report)
     * @param actifsOccupes    employed active population
     * @param entrees2023      CEP entries 2023, all operators
     * @param entrees2022      CEP entries 2022, about 4–6 % fewer than in 2023
     */
    record Region(String code, int actifs, int population1564, int actifsOccupes,
                  int entrees2023, int entrees2022) {
        boolean metropolitan() {
            return code.compareTo("11") >= 0;
        }
    }

    static final List<Region> ALL = List.of(
            new Region("01", 171_200, 244_440, 124_120, 19_450, 18_575),                // Guadeloupe
            new Region("02", 157_300, 224_593, 122_694, 16_800, 15_960),                // Martinique
            new Region("03", 104_600, 149_348, 70_082, 8_950, 8_610),                   // Guyane
            new Region("04", 378_900, 540_994, 270_914, 47_300, 44_840),                // La Réunion
            new Region("06", 71_400, 101_945, 44_268, 4_620, 4_320),                    // Mayotte
            new Region("11", 6_612_300, 8_906_654, 5_832_049, 672_011, 643_115),        // Île-de-France 10.16 %
            new Region("24", 1_241_700, 1_672_548, 1_097_663, 119_452, 113_718),        // Centre-Val de Loire 9.62 %
            new Region("27", 1_350_600, 1_819_235, 1_202_034, 127_091, 120_609),        // Bourgogne-Franche-Comté 9.41 %
            new Region("28", 1_495_850, 2_014_939, 1_313_356, 147_693, 139_865),        // Normandie 9.87 %
            new Region("32", 2_796_800, 3_767_241, 2_388_467, 313_801, 300_621),        // Hauts-de-France 11.22 %
            new Region("44", 2_667_800, 3_593_481, 2_334_325, 240_636, 229_326),        // Grand Est 9.02 % (lowest)
            new Region("52", 1_876_900, 2_528_152, 1_691_087, 174_364, 165_820),        // Pays de la Loire 9.29 %
            new Region("53", 1_635_100, 2_202_452, 1_468_320, 150_102, 141_996),        // Bretagne 9.18 %
            new Region("75", 2_921_300, 3_934_941, 2_588_272, 283_658, 270_893),        // Nouvelle-Aquitaine 9.71 %
            new Region("76", 2_893_100, 3_896_956, 2_464_921, 314_191, 301_623),        // Occitanie 10.86 %
            new Region("84", 4_037_600, 5_438_578, 3_609_614, 384_783, 366_313),        // Auvergne-Rhône-Alpes 9.53 %
            new Region("93", 2_378_200, 3_203_394, 2_047_630, 295_135, 282_149),        // Provence-Alpes-Côte d'Azur 12.41 % (highest)
            new Region("94", 159_700, 215_113, 140_696, 15_603, 15_010));               // Corse 9.77 %
}
