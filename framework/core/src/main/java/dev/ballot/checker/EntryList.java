package dev.ballot.checker;

import dev.ballot.history.Operation;
import java.util.List;

/**
 * The doubly linked list of call and return entries of the WGL search, in history order, as
 * flat arrays. Linearizing an operation lifts its two entries out of the list; backtracking puts
 * them back (Knuth's dancing links: a removed entry remembers its neighbours, so restoring in
 * reverse order of removal is exact). Operations with an unknown outcome have a call entry only:
 * nothing forces them to be linearized.
 */
final class EntryList {
    static final int HEAD = 0;
    static final int END = -1;

    private final int[] next;
    private final int[] prev;
    /** For entry e: the operation's position in the search's operation list. */
    private final int[] op;
    private final boolean[] isCall;
    private final int[] callEntry;
    private final int[] returnEntry;

    EntryList(List<Operation> ops) {
        int n = ops.size();
        int returns = 0;
        for (Operation o : ops) {
            returns += o.isInfo() ? 0 : 1;
        }
        int size = 1 + n + returns;
        next = new int[size];
        prev = new int[size];
        op = new int[size];
        isCall = new boolean[size];
        callEntry = new int[n];
        returnEntry = new int[n];
        Integer[] byReturn = new Integer[returns];
        for (int i = 0, r = 0; i < n; i++) {
            if (!ops.get(i).isInfo()) {
                byReturn[r++] = i;
            }
        }
        java.util.Arrays.sort(byReturn, (a, b) -> Long.compare(ops.get(a).ret(), ops.get(b).ret()));
        // Merge calls (ops are sorted by call) and returns by history position.
        int last = HEAD;
        int c = 0;
        int r = 0;
        for (int e = 1; e < size; e++) {
            boolean takeCall = r == returns
                    || (c < n && ops.get(c).call() < ops.get(byReturn[r]).ret());
            int o = takeCall ? c++ : byReturn[r++];
            op[e] = o;
            isCall[e] = takeCall;
            if (takeCall) {
                callEntry[o] = e;
                returnEntry[o] = END;
            } else {
                returnEntry[o] = e;
            }
            next[last] = e;
            prev[e] = last;
            last = e;
        }
        next[last] = END;
    }

    int first() {
        return next[HEAD];
    }

    int next(int entry) {
        return next[entry];
    }

    boolean isCall(int entry) {
        return isCall[entry];
    }

    int op(int entry) {
        return op[entry];
    }

    int callEntry(int o) {
        return callEntry[o];
    }

    /** Removes operation {@code o}'s entries: it has been linearized. */
    void lift(int o) {
        remove(callEntry[o]);
        if (returnEntry[o] != END) {
            remove(returnEntry[o]);
        }
    }

    /** Restores operation {@code o}'s entries, undoing {@link #lift}. */
    void unlift(int o) {
        if (returnEntry[o] != END) {
            restore(returnEntry[o]);
        }
        restore(callEntry[o]);
    }

    private void remove(int e) {
        next[prev[e]] = next[e];
        if (next[e] != END) {
            prev[next[e]] = prev[e];
        }
    }

    private void restore(int e) {
        next[prev[e]] = e;
        if (next[e] != END) {
            prev[next[e]] = e;
        }
    }
}
