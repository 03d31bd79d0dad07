package fr.transitionspro.suivicep.demo;

import java.util.List;

/**
 * Keeps certification levels compatible with ages. Levels and ages are shuffled independently,
 * which could give a 16-year-old a bac+2; swapping levels between two people of the same group
 * fixes that without changing any count, so every published share stays as designed.
 */
final class LevelAgeConsistency {

    private LevelAgeConsistency() {}

    /** Youngest plausible age for a certification level (a null level fits any age). */
    static int minimumAge(String niveau) {
        if (niveau == null) {
            return 0;
        }
        return switch (niveau) {
            case "3" -> 16;  // CAP, BEP
            case "4" -> 17;  // baccalauréat
            case "5" -> 19;  // bac + 2
            case "6" -> 20;  // licence, bachelor
            case "7" -> 22;  // master
            case "8" -> 25;  // doctorate
            default -> 0;    // SANS
        };
    }

    /** Swaps levels in place until each age is at least its level's minimum, where a partner exists. */
    static void fix(List<Integer> ages, List<String> levels) {
        int n = ages.size();
        for (int i = 0; i < n; i++) {
            if (fits(ages.get(i), levels.get(i))) {
                continue;
            }
            for (int k = 1; k < n; k++) {
                int j = (i + k) % n;
                if (fits(ages.get(i), levels.get(j)) && fits(ages.get(j), levels.get(i))) {
                    String swap = levels.get(i);
                    levels.set(i, levels.get(j));
                    levels.set(j, swap);
                    break;
                }
            }
        }
    }

    private static boolean fits(Integer age, String niveau) {
        return age == null || age >= minimumAge(niveau);
    }
}
