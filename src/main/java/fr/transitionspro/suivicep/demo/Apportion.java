package fr.transitionspro.suivicep.demo;

/** Integer split of a total in proportion to weights (largest remainder / Hamilton method). */
final class Apportion {

    private Apportion() {}

    /**
     * Splits {@code total} into parts proportional to {@code weights}; the parts add up to
     * {@code total} exactly. Remaining units go to the largest fractional remainders, ties to
     * the lowest index, so the result is fully deterministic.
     */
    static int[] largestRemainder(long total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        int[] parts = new int[weights.length];
        if (sum == 0 || total == 0) {
            return parts;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            // Exact integer arithmetic: no floating point, hence no platform-dependent rounding.
            long numerator = total * weights[i];
            parts[i] = (int) (numerator / sum);
            remainders[i] = numerator % sum;
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
