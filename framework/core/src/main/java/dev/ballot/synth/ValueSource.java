package dev.ballot.synth;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The values written to each key: either a counter per key, so that every write writes a value
 * never written before (and a read names the write it saw), or draws from a small range, so that
 * many writes write the same value and a read could have seen any of them.
 */
final class ValueSource {
    private final int range;
    private final long first;
    private final long[] next;
    private final Long initial;
    private final RandomGenerator random;

    ValueSource(SynthOptions options, RandomGenerator random) {
        this.range = options.valueRange();
        this.initial = options.initial();
        // Counting from above the initial value keeps it unique too: no write can restore it.
        this.first = initial != null && initial >= 1 ? initial + 1 : 1;
        this.next = new long[options.keys()];
        Arrays.fill(next, first);
        this.random = random;
    }

    /** The value of the next write to {@code key}. */
    Long next(int key) {
        return range == SynthOptions.UNIQUE ? next[key]++ : (long) random.nextInt(range);
    }

    /** A plausible expected value for a cas on {@code key}: some value that was or may be written. */
    Long guess(int key) {
        if (range != SynthOptions.UNIQUE) {
            return (long) random.nextInt(range);
        }
        return first + random.nextLong(next[key] - first + 1);
    }

    /** A value that no write to {@code key} wrote or will write, and that is not the initial value. */
    Long neverWritten(int key) {
        if (range == SynthOptions.UNIQUE) {
            return next[key];
        }
        return initial != null && initial == range ? range + 1L : (long) range;
    }
}
