package fr.transitionspro.suivicep.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds the dossiers of one scheme and one year from their outcomes (how many dossiers per
 * CEP operator and decision) and from the exact profiles of accepted and other dossiers.
 */
final class SchemeYear {

    private SchemeYear() {}

    /** {@code count} dossiers accompanied by {@code operator} ({@code null}: no CEP) with {@code decision}. */
    record Outcome(String operator, String decision, int count) {}

    private static final Map<String, String> ID_PREFIX = Map.of(
            "PTP", "PTP", "DEMISSION_RECONVERSION", "PRP", "TRANSCO", "TRANSCO", "VAE", "VAE", "CLEA", "CLEA");

    /**
     * Outcomes of one operator: {@code presented} dossiers of which {@code accepted} accepted;
     * the others are refused, except about {@code adjournedPerMille} ‰ adjourned.
     */
    static List<Outcome> outcomes(String operator, int presented, int accepted, int adjournedPerMille) {
        int[] notAccepted = Apportion.largestRemainder(presented - accepted,
                new long[] {1000 - adjournedPerMille, adjournedPerMille});
        List<Outcome> out = new ArrayList<>();
        out.add(new Outcome(operator, "ACCEPTE", accepted));
        out.add(new Outcome(operator, "REFUSE", notAccepted[0]));
        out.add(new Outcome(operator, "AJOURNE", notAccepted[1]));
        out.removeIf(o -> o.count() == 0);
        return out;
    }

    /** Profiles given separately for accepted dossiers (exact) and the others (proportions). */
    static List<Dossier> build(String dispositif, int year, List<Outcome> outcomes,
                               DossierProfile acceptedProfile, DossierProfile otherProfile, long seed) {
        Random random = random(dispositif, year, seed);
        List<Dossier> accepted = new ArrayList<>();
        List<Dossier> others = new ArrayList<>();
        for (Dossier d : create(dispositif, year, outcomes)) {
            (d.decision.equals("ACCEPTE") ? accepted : others).add(d);
        }
        // Profiles are exact for accepted dossiers (the published figures are about them);
        // the others follow the same proportions.
        acceptedProfile.applyTo(accepted, random);
        if (!others.isEmpty()) {
            otherProfile.scaledTo(others.size()).applyTo(others, random);
        }
        List<Dossier> all = new ArrayList<>(accepted);
        all.addAll(others);
        return numbered(all, dispositif, year, random);
    }

    /** One exact profile for all presented dossiers, whatever their decision (VAE, CléA...). */
    static List<Dossier> buildPresented(String dispositif, int year, List<Outcome> outcomes,
                                        DossierProfile profile, long seed) {
        Random random = random(dispositif, year, seed);
        List<Dossier> all = create(dispositif, year, outcomes);
        profile.applyTo(all, random);
        return numbered(all, dispositif, year, random);
    }

    private static Random random(String dispositif, int year, long seed) {
        return new Random(seed + 31L * dispositif.hashCode() + year);
    }

    private static List<Dossier> create(String dispositif, int year, List<Outcome> outcomes) {
        List<Dossier> out = new ArrayList<>();
        for (Outcome o : outcomes) {
            for (int i = 0; i < o.count(); i++) {
                out.add(new Dossier(dispositif, year, o.decision(), o.operator()));
            }
        }
        return out;
    }

    /** Dossiers are numbered in the order of the commission, not grouped by outcome. */
    private static List<Dossier> numbered(List<Dossier> all, String dispositif, int year, Random random) {
        Collections.shuffle(all, random);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).id = String.format(Locale.ROOT, "%s-%d-%05d", ID_PREFIX.get(dispositif), year, i + 1);
        }
        return all;
    }
}
