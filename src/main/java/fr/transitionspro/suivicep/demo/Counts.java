package fr.transitionspro.suivicep.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * An ordered list of values with an exact number of occurrences each.
 *
 * <p>The demo must reproduce published percentages exactly, so attributes are never drawn at
 * random: each attribute of a group of rows is a {@code Counts} whose occurrences are laid out
 * and then shuffled. Only the pairing of attributes is random; every marginal count is fixed.
 *
 * @param <T> value type (a code, an age, a joint record such as an origin job)
 */
final class Counts<T> {

    private final String name;
    private final List<T> values;
    private final List<Integer> counts;

    private Counts(String name, List<T> values, List<Integer> counts) {
        this.name = name;
        this.values = List.copyOf(values);
        this.counts = List.copyOf(counts);
    }

    static <T> Builder<T> named(String name) {
        return new Builder<>(name);
    }

    /** Codes and counts given as alternating pairs: {@code of("PTP sexe", "F", 588, "M", 376)}. */
    static Counts<String> of(String name, Object... codeCountPairs) {
        Builder<String> b = named(name);
        for (int i = 0; i < codeCountPairs.length; i += 2) {
            b.add((String) codeCountPairs[i], (Integer) codeCountPairs[i + 1]);
        }
        return b.build();
    }

    /** Ages {@code firstAge, firstAge + 1, ...} with the given counts. */
    static Counts<Integer> ages(String name, int firstAge, int... countPerAge) {
        Builder<Integer> b = named(name);
        for (int i = 0; i < countPerAge.length; i++) {
            b.add(firstAge + i, countPerAge[i]);
        }
        return b.build();
    }

    int total() {
        int t = 0;
        for (int c : counts) {
            t += c;
        }
        return t;
    }

    /**
     * Fails fast when a hand-written table does not add up: these tables carry the published
     * figures, and a silent off-by-one would shift a rounded percentage.
     */
    Counts<T> requireTotal(int expected) {
        if (total() != expected) {
            throw new IllegalStateException(name + ": counts add up to " + total() + ", expected " + expected);
        }
        return this;
    }

    /**
     * The same proportions for a group of another size (largest remainder method, ties going
     * to the earlier entry), so that secondary groups (refused dossiers, earlier years) look
     * like the main one without any random drift.
     */
    Counts<T> scaledTo(int n) {
        long[] weights = new long[counts.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = counts.get(i);
        }
        int[] scaled = Apportion.largestRemainder(n, weights);
        Builder<T> b = named(name + " scaled to " + n);
        for (int i = 0; i < scaled.length; i++) {
            b.add(values.get(i), scaled[i]);
        }
        return b.build();
    }

    <U> Counts<U> map(Function<T, U> f) {
        Builder<U> b = named(name);
        for (int i = 0; i < values.size(); i++) {
            b.add(f.apply(values.get(i)), counts.get(i));
        }
        return b.build();
    }

    Counts<T> plus(Counts<T> other) {
        Builder<T> b = named(name + " + " + other.name);
        for (int i = 0; i < values.size(); i++) {
            b.add(values.get(i), counts.get(i));
        }
        for (int i = 0; i < other.values.size(); i++) {
            b.add(other.values.get(i), other.counts.get(i));
        }
        return b.build();
    }

    /** Every occurrence laid out, in a seeded random order. */
    List<T> shuffled(Random random) {
        List<T> out = new ArrayList<>(total());
        for (int i = 0; i < values.size(); i++) {
            for (int k = 0; k < counts.get(i); k++) {
                out.add(values.get(i));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    static final class Builder<T> {
        private final String name;
        private final List<T> values = new ArrayList<>();
        private final List<Integer> counts = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder<T> add(T value, int count) {
            if (count < 0) {
                throw new IllegalArgumentException(name + ": negative count for " + value);
            }
            int i = values.indexOf(value);
            if (i >= 0) {
                counts.set(i, counts.get(i) + count);
            } else {
                values.add(value);
                counts.add(count);
            }
            return this;
        }

        Counts<T> build() {
            return new Counts<>(name, values, counts);
        }
    }
}
