package dev.ballot.checker;

import java.util.Arrays;
import java.util.Objects;

/**
 * The completed operations linearized so far and the model state they reached: one
 * configuration of the linearizability search, up to the unknown operations linearized, which
 * {@link Memo} keeps beside it.
 *
 * <p>A completed operation can only be linearized once every operation that returned before it
 * was invoked is linearized, so the linearized set of completed operations is "all before
 * {@code prefix}" plus a few bits after it (at most the concurrency of the history): storing those
 * bits instead of a bitset over the whole history is what keeps the memo small on long histories.
 */
record MemoKey(int prefix, long[] window, Object state, int hash) {

    static MemoKey of(int prefix, long[] window, Object state) {
        int h = prefix;
        h = 31 * h + Arrays.hashCode(window);
        h = 31 * h + Objects.hashCode(state);
        return new MemoKey(prefix, window, state, h);
    }

    /** An estimate of the bytes this key and its hash-table entry take. */
    long bytes() {
        return 120 + 8L * window.length;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemoKey key && key.hash == hash && key.prefix == prefix
                && Arrays.equals(key.window, window) && Objects.equals(key.state, state);
    }

    @Override
    public String toString() {
        return "MemoKey[prefix=" + prefix + ", window=" + Arrays.toString(window) + ", state="
                + state + "]";
    }
}
