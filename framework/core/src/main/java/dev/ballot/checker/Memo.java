package dev.ballot.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The configurations the search has visited, with dominance among them (Lowe's memoization,
 * extended for operations of unknown outcome).
 *
 * <p>Two configurations with the same completed operations linearized and the same state differ
 * only in which unknown operations they linearized. The one that linearized fewer dominates: it
 * may still linearize the others later, or never, so every continuation of the other one is open
 * to it too. A configuration is therefore new only if no visited configuration with the same key
 * linearized a subset of its unknown operations. Without this, each unknown operation doubles the
 * configurations of an invalid history, which is how other checkers run out of memory.
 */
final class Memo {
    private final Map<MemoKey, List<long[]>> visited = new HashMap<>();
    private long configurations;

    /**
     * Records a configuration; returns the bytes it took, or -1 if it is dominated by (or equal
     * to) one already visited.
     */
    long visit(MemoKey key, long[] unknowns) {
        List<long[]> sets = visited.get(key);
        if (sets == null) {
            sets = new ArrayList<>(1);
            sets.add(unknowns);
            visited.put(key, sets);
            configurations++;
            return key.bytes() + 8L * unknowns.length + 40;
        }
        for (long[] set : sets) {
            if (isSubset(set, unknowns)) {
                return -1;
            }
        }
        // Visited sets that contain the new one are dominated by it from now on.
        sets.removeIf(set -> isSubset(unknowns, set));
        sets.add(unknowns);
        configurations++;
        return 8L * unknowns.length + 24;
    }

    long configurations() {
        return configurations;
    }

    static boolean isSubset(long[] small, long[] large) {
        if (small.length > large.length) {
            return false;
        }
        for (int i = 0; i < small.length; i++) {
            if ((small[i] & ~large[i]) != 0) {
                return false;
            }
        }
        return true;
    }
}
