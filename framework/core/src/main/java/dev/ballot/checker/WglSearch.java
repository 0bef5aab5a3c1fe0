package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.Model;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Wing–Gong linearizability search with Lowe's memoization, as in Knossos' {@code wgl} and
 * Porcupine: walk the history's entries; at a call entry try to linearize that operation next
 * (if the model accepts it and the resulting configuration is new); at a return entry the
 * operation should have been linearized already, so backtrack. The history is linearizable when
 * every completed operation is linearized. Operations with an unknown outcome may be linearized
 * at any point after their invocation, or never.
 *
 * <p>Four reductions keep the search small.
 * <ul>
 *   <li>Configurations are memoized compactly ({@link MemoKey}).
 *   <li>A configuration dominated by a visited one is not explored again ({@link Memo}).
 *   <li>Unknown operations that are interchangeable (same function, same argument) are
 *       linearized in invocation order only: swapping two of them changes nothing.
 *   <li>A read that may be linearized now and matches the state is linearized at once, without
 *       trying alternatives. It changes no state, and every operation that must precede it
 *       already does, so if some linearization places it later, moving it here keeps that
 *       linearization legal. Concurrent reads then never multiply the configurations.
 * </ul>
 */
final class WglSearch {
    private static final int NEXT_ENTRY_FAILED = -2;

    private final String checker;
    private final Model model;
    private final List<Operation> ops;
    private final Budget budget;
    private final EntryList entries;
    private final boolean[] unknown;
    private final boolean[] readOnly;
    /** For unknown operations: index of the previous interchangeable one, or -1. */
    private final int[] twinBefore;
    /** Position among completed (resp. unknown) operations, by invocation. */
    private final int[] rank;

    private final boolean[] linearized;
    private final BitSet linearizedCompleted = new BitSet();
    private final BitSet linearizedUnknown = new BitSet();
    private int prefix;

    private final int[] stackOp;
    private final Object[] stackState;
    private final boolean[] stackForced;
    private int depth;
    private Object state;
    private int remaining;
    private final Memo memo = new Memo();
    private final LongestLinearization longest;
    private long spent;
    private long unspent;

    WglSearch(String checker, Model model, List<Operation> ops, Budget budget) {
        this.checker = checker;
        this.model = model;
        this.ops = ops;
        this.budget = budget;
        this.entries = new EntryList(ops);
        int n = ops.size();
        unknown = new boolean[n];
        readOnly = new boolean[n];
        twinBefore = new int[n];
        rank = new int[n];
        linearized = new boolean[n];
        stackOp = new int[n];
        stackState = new Object[n];
        stackForced = new boolean[n];
        Map<List<Object>, Integer> lastTwin = new HashMap<>();
        int completed = 0;
        int unknowns = 0;
        for (int i = 0; i < n; i++) {
            Operation op = ops.get(i);
            unknown[i] = op.isInfo();
            readOnly[i] = model.isReadOnly(op);
            rank[i] = unknown[i] ? unknowns++ : completed++;
            Integer twin = unknown[i] ? lastTwin.put(Arrays.asList(op.f(), op.input()), i) : null;
            twinBefore[i] = twin == null ? -1 : twin;
        }
        remaining = completed;
        state = model.init();
        longest = new LongestLinearization(n, state);
    }

    /** Whether a push took: a new configuration, one already covered, or over the budget. */
    private enum Push { NEW, COVERED, OVER_BUDGET }

    CheckResult run() {
        try {
            long steps = 0;
            int entry = afterPush();
            while (remaining > 0) {
                if ((++steps & 0xFFF) == 0 && budget.timeIsUp()) {
                    return unknown("time limit reached");
                }
                if (entry == EntryList.END) {
                    entry = backtrack();
                } else if (entries.isCall(entry)) {
                    int o = entries.op(entry);
                    Push push = blockedTwin(o) ? Push.COVERED : push(o, false);
                    if (push == Push.OVER_BUDGET) {
                        return unknown("memory budget exhausted");
                    }
                    entry = push == Push.NEW ? afterPush() : entries.next(entry);
                } else {
                    longest.blockedBy(entries.op(entry), depth);
                    entry = backtrack();
                }
                if (entry == NEXT_ENTRY_FAILED) {
                    return longest.counterexample(checker, model, ops);
                }
            }
            return new CheckResult.Valid(checker);
        } finally {
            budget.refund(spent + unspent);
        }
    }

    private CheckResult unknown(String why) {
        return new CheckResult.Unknown(checker, why + " after " + memo.configurations()
                + " configurations");
    }

    private boolean blockedTwin(int o) {
        return unknown[o] && twinBefore[o] >= 0 && !linearized[twinBefore[o]];
    }

    /** Linearizes operation {@code o} next, if the model allows it and it leads somewhere new. */
    private Push push(int o, boolean forced) {
        Object next = model.step(state, ops.get(o));
        if (next == Model.INCONSISTENT) {
            return Push.COVERED;
        }
        mark(o, true);
        long bytes = memo.visit(key(next), linearizedUnknown.toLongArray());
        if (bytes < 0) {
            mark(o, false);
            return Push.COVERED;
        }
        // The shared budget is charged in batches of a MiB, to keep threads from contending.
        unspent += bytes;
        if (unspent > (1 << 20)) {
            long batch = unspent;
            unspent = 0;
            spent += batch;
            if (!budget.spend(batch)) {
                return Push.OVER_BUDGET;
            }
        }
        stackOp[depth] = o;
        stackState[depth] = state;
        stackForced[depth] = forced;
        depth++;
        state = next;
        entries.lift(o);
        remaining -= unknown[o] ? 0 : 1;
        longest.pushed(stackOp, depth, state);
        return Push.NEW;
    }

    /**
     * Linearizes the reads that may go now at once (see the class comment), then returns the
     * entry to scan next: the first, or {@link EntryList#END} if the configuration turned out to
     * be covered by a visited one.
     */
    private int afterPush() {
        int entry = entries.first();
        while (remaining > 0 && entry != EntryList.END && entries.isCall(entry)) {
            int o = entries.op(entry);
            if (readOnly[o] && model.step(state, ops.get(o)) != Model.INCONSISTENT) {
                if (push(o, true) != Push.NEW) {
                    return EntryList.END;
                }
                entry = entries.first();
            } else {
                entry = entries.next(entry);
            }
        }
        return remaining > 0 ? entries.first() : EntryList.END;
    }

    /**
     * Undoes the last choice and returns the entry after it, to try the next alternative; forced
     * reads are undone too, since their configuration had no alternatives. Returns
     * {@link #NEXT_ENTRY_FAILED} when nothing is left to undo.
     */
    private int backtrack() {
        while (depth > 0) {
            depth--;
            int undo = stackOp[depth];
            state = stackState[depth];
            stackState[depth] = null;
            longest.popped(depth);
            mark(undo, false);
            entries.unlift(undo);
            remaining += unknown[undo] ? 0 : 1;
            if (!stackForced[depth]) {
                return entries.next(entries.callEntry(undo));
            }
        }
        return NEXT_ENTRY_FAILED;
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

    private MemoKey key(Object next) {
        long[] window = linearizedCompleted.get(prefix, Math.max(prefix,
                linearizedCompleted.length())).toLongArray();
        return MemoKey.of(prefix, window, next);
    }
}
