package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.Describe;
import dev.ballot.model.Model;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Wing–Gong linearizability search with Lowe's memoization, as in Knossos' {@code wgl} and
 * Porcupine: walk the history's entries; at a call entry try to linearize that operation next
 * (if the model accepts it and the resulting configuration is new); at a return entry the
 * operation should have been linearized already, so backtrack. The history is linearizable when
 * every completed operation is linearized. Operations with an unknown outcome may be linearized
 * at any point after their invocation, or never.
 *
 * <p>Three reductions keep the search small. Configurations are memoized compactly ({@link
 * MemoKey}), and a configuration dominated by a visited one is not explored again ({@link Memo}).
 * Unknown operations that are interchangeable (same function, same argument) are linearized in
 * invocation order only, since swapping two of them changes nothing.
 */
final class WglSearch {
    private static final int LINEARIZATION_SHOWN = 32;
    private static final int CONCURRENT_SHOWN = 16;

    private final String checker;
    private final Model model;
    private final List<Operation> ops;
    private final Budget budget;
    private final EntryList entries;
    private final boolean[] unknown;
    /** For unknown operations: index of the previous interchangeable one, or -1. */
    private final int[] twinBefore;
    /** Position among completed (resp. unknown) operations, by invocation. */
    private final int[] rank;

    private final boolean[] linearized;
    private final BitSet linearizedCompleted = new BitSet();
    private final BitSet linearizedUnknown = new BitSet();
    private int prefix;

    WglSearch(String checker, Model model, List<Operation> ops, Budget budget) {
        this.checker = checker;
        this.model = model;
        this.ops = ops;
        this.budget = budget;
        this.entries = new EntryList(ops);
        int n = ops.size();
        unknown = new boolean[n];
        twinBefore = new int[n];
        rank = new int[n];
        linearized = new boolean[n];
        Map<List<Object>, Integer> lastTwin = new HashMap<>();
        int completed = 0;
        int unknowns = 0;
        for (int i = 0; i < n; i++) {
            Operation op = ops.get(i);
            unknown[i] = op.isInfo();
            rank[i] = unknown[i] ? unknowns++ : completed++;
            Integer twin = unknown[i]
                    ? lastTwin.put(java.util.Arrays.asList(op.f(), op.input()), i) : null;
            twinBefore[i] = twin == null ? -1 : twin;
        }
    }

    CheckResult run() {
        int n = ops.size();
        int[] stackOp = new int[n];
        Object[] stackState = new Object[n];
        int depth = 0;
        int remaining = 0;
        for (boolean u : unknown) {
            remaining += u ? 0 : 1;
        }
        int[] best = new int[n];
        int bestDepth = 0;
        int agreeing = 0;
        Object bestState = model.init();
        int failing = -1;

        Memo memo = new Memo();
        long spent = 0;
        long unspent = 0;
        long steps = 0;
        Object state = model.init();
        int entry = entries.first();
        try {
            while (remaining > 0) {
                if ((++steps & 0xFFF) == 0 && budget.timeIsUp()) {
                    return new CheckResult.Unknown(checker, "time limit reached after "
                            + memo.configurations() + " configurations");
                }
                int o = entries.op(entry);
                if (entries.isCall(entry)) {
                    if (unknown[o] && twinBefore[o] >= 0 && !linearized[twinBefore[o]]) {
                        entry = entries.next(entry);
                        continue;
                    }
                    Object next = model.step(state, ops.get(o));
                    if (next != Model.INCONSISTENT) {
                        mark(o, true);
                        long bytes = memo.visit(key(next), linearizedUnknown.toLongArray());
                        if (bytes >= 0) {
                            unspent += bytes;
                            if (unspent > (1 << 20)) {
                                spent += unspent;
                                if (!budget.spend(unspent)) {
                                    return new CheckResult.Unknown(checker, "memory budget exhausted"
                                            + " after " + memo.configurations() + " configurations");
                                }
                                unspent = 0;
                            }
                            stackOp[depth] = o;
                            stackState[depth] = state;
                            depth++;
                            state = next;
                            entries.lift(o);
                            remaining -= unknown[o] ? 0 : 1;
                            if (depth > bestDepth) {
                                System.arraycopy(stackOp, agreeing, best, agreeing, depth - agreeing);
                                bestDepth = depth;
                                agreeing = depth;
                                bestState = state;
                                failing = -1;
                            }
                            entry = entries.first();
                            continue;
                        }
                        mark(o, false);
                    }
                    entry = entries.next(entry);
                } else {
                    if (failing < 0 && depth == bestDepth && agreeing == depth) {
                        failing = o;
                    }
                    if (depth == 0) {
                        return invalid(best, bestDepth, bestState, failing);
                    }
                    depth--;
                    int undo = stackOp[depth];
                    state = stackState[depth];
                    stackState[depth] = null;
                    agreeing = Math.min(agreeing, depth);
                    mark(undo, false);
                    entries.unlift(undo);
                    remaining += unknown[undo] ? 0 : 1;
                    entry = entries.next(entries.callEntry(undo));
                }
            }
            return new CheckResult.Valid(checker);
        } finally {
            budget.refund(spent);
        }
    }

    private void mark(int o, boolean on) {
        linearized[o] = on;
        if (unknown[o]) {
            linearizedUnknown.set(rank[o], on);
        } else {
            linearizedCompleted.set(rank[o], on);
            if (on && rank[o] == prefix) {
                prefix = linearizedCompleted.nextClearBit(prefix);
            } else if (!on && rank[o] < prefix) {
                prefix = rank[o];
            }
        }
    }

    private MemoKey key(Object state) {
        long[] window = linearizedCompleted.get(prefix, Math.max(prefix,
                linearizedCompleted.length())).toLongArray();
        return MemoKey.of(prefix, window, state);
    }

    private CheckResult invalid(int[] best, int bestDepth, Object bestState, int failing) {
        Operation failed = failing >= 0 ? ops.get(failing) : null;
        List<Operation> concurrent = new ArrayList<>();
        if (failed != null) {
            for (Operation op : ops) {
                if (op != failed && op.call() < failed.ret() && op.ret() > failed.call()
                        && concurrent.size() < CONCURRENT_SHOWN) {
                    concurrent.add(op);
                }
            }
        }
        List<Operation> linearization = new ArrayList<>();
        for (int i = Math.max(0, bestDepth - LINEARIZATION_SHOWN); i < bestDepth; i++) {
            linearization.add(ops.get(best[i]));
        }
        String explanation = failed == null ? "no operation can be linearized first"
                : "no linearization reaches past " + model.describe(failed)
                + ": after the longest linearization the state is " + describe(bestState)
                + ", in which neither it nor any operation concurrent with it can take effect";
        return new CheckResult.Invalid(checker, new Counterexample(failed, concurrent,
                linearization, bestDepth, describe(bestState), explanation));
    }

    private static String describe(Object state) {
        return Objects.toString(state instanceof List || state == null
                ? Describe.value(state) : state);
    }
}
