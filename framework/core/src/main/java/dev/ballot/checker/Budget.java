package dev.ballot.checker;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How much a search may spend: a wall-clock deadline and a memory budget shared by all searches
 * of one check (key partitions run in parallel). Exhausting either turns the verdict into
 * unknown instead of running forever or out of memory.
 */
public final class Budget {
    private final long deadlineNanos;
    private final AtomicLong bytesLeft;

    private Budget(long deadlineNanos, long bytes) {
        this.deadlineNanos = deadlineNanos;
        this.bytesLeft = new AtomicLong(bytes);
    }

    /**
     * @param timeLimitSeconds seconds from now, or 0 for no limit
     * @param memoryBytes bytes the memo tables may take in all
     */
    public static Budget of(double timeLimitSeconds, long memoryBytes) {
        long deadline = timeLimitSeconds <= 0 ? Long.MAX_VALUE
                : System.nanoTime() + (long) (timeLimitSeconds * 1e9);
        return new Budget(deadline, memoryBytes);
    }

    /** No time limit; 512 MiB of memo tables, which keeps a check well inside a 1 GiB heap. */
    public static Budget standard() {
        return of(0, 512L << 20);
    }

    public boolean timeIsUp() {
        return deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0;
    }

    /** Takes {@code bytes} from the budget; false if there was not enough left. */
    public boolean spend(long bytes) {
        return bytesLeft.addAndGet(-bytes) >= 0;
    }

    /** Gives back what a finished search spent. */
    public void refund(long bytes) {
        bytesLeft.addAndGet(bytes);
    }
}
