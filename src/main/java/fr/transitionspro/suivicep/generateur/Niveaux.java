package fr.transitionspro.suivicep.generateur;

/**
 * Keeps certification levels consistent with age. Levels and ages are drawn independently
 * per profile; without this a 17-year-old could hold a master's degree (level 7).
 */
final class Niveaux {
    static final String SANS = "SANS";

    private Niveaux() {}

    /** The level, lowered to the highest one reachable at that age. */
    static String plafonner(String niveau, Integer age) {
        if (age == null || age >= 25 || niveau.isEmpty()) {
            return niveau;
        }
        String plafond = age < 18 ? "3" : age < 20 ? "4" : age < 21 ? "5" : age < 23 ? "6" : "7";
        return rang(niveau) > rang(plafond) ? plafond : niveau;
    }

    private static int rang(String niveau) {
        // "SANS" ranks below the numbered levels 3–8
        return niveau.equals(SANS) ? 0 : niveau.charAt(0) - '0';
    }
}
