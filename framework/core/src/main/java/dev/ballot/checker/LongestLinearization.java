package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.Describe;
import dev.ballot.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the deepest point the search reached, for the counterexample: the longest
 * linearization, the state it led to, and the operation whose return stopped it there (Knossos
 * and Porcupine report the same).
 *
 * <p>Copying the whole stack at every new maximum would cost O(n²) on a long valid history. The
 * stack and the best linearization agree on a prefix ({@code agreeing}); only the part after it
 * is copied, so the total copying is bounded by the number of pushes.
 */
final class LongestLinearization {
    private static final int SHOWN = 32;
    private static final int CONCURRENT_SHOWN = 16;

    private final int[] best;
    private int length;
    private int agreeing;
    private Object state;
    private int stuckAt = -1;

    LongestLinearization(int operations, Object initialState) {
        best = new int[operations];
        state = initialState;
    }

    void pushed(int[] stack, int depth, Object reached) {
        if (depth > length) {
            System.arraycopy(stack, agreeing, best, agreeing, depth - agreeing);
            length = depth;
            agreeing = depth;
            state = reached;
            stuckAt = -1;
        }
    }

    void popped(int depth) {
        agreeing = Math.min(agreeing, depth);
    }

    /** The search met the return of operation {@code o} at stack depth {@code depth}. */
    void blockedBy(int o, int depth) {
        if (stuckAt < 0 && depth == length && agreeing == depth) {
            stuckAt = o;
        }
    }

    CheckResult.Invalid counterexample(String checker, Model model, List<Operation> ops) {
        Operation failed = stuckAt >= 0 ? ops.get(stuckAt) : null;
        List<Operation> concurrent = new ArrayList<>();
        if (failed != null) {
            for (Operation op : ops) {
                if (op != failed && op.call() < failed.ret() && op.ret() > failed.call()
                        && concurrent.size() < CONCURRENT_SHOWN) {
                    concurrent.add(op);
                }
            }
        }
        List<Operation> tail = new ArrayList<>();
        for (int i = Math.max(0, length - SHOWN); i < length; i++) {
            tail.add(ops.get(best[i]));
        }
        String reached = Describe.value(state);
        String explanation = failed == null ? "no operation can be linearized first"
                : "no linearization reaches past " + model.describe(failed)
                + ": after the longest linearization the state is " + reached
                + ", in which neither it nor any operation concurrent with it can take effect";
        return new CheckResult.Invalid(checker, new Counterexample(failed, concurrent, tail,
                length, reached, explanation));
    }
}
