package dev.ballot.synth;

import dev.ballot.history.Operation;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * An anomaly to plant: operation {@code operation} (an ok read) is to report {@code value}.
 */
record Planted(int operation, Object value) {

    /**
     * Tries operations from a random starting point onwards, wrapping around, and returns the
     * first plant that {@code attempt} finds, or null if none can be planted. A random start
     * spreads planted reads over the whole history instead of always the first candidate.
     */
    static Planted firstFrom(List<Operation> operations, RandomGenerator random,
                             Function<Operation, Planted> attempt) {
        int n = operations.size();
        if (n == 0) {
            return null;
        }
        int start = random.nextInt(n);
        for (int i = 0; i < n; i++) {
            Operation op = operations.get((start + i) % n);
            if (op.isOk() && op.f().equals("read")) {
                Planted planted = attempt.apply(op);
                if (planted != null) {
                    return planted;
                }
            }
        }
        return null;
    }

    /** The register index of an operation's key: 0 without a key. */
    static int keyIndex(Operation op) {
        return op.key() == null ? 0 : ((Number) op.key()).intValue();
    }
}
