package dev.ballot.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Hands out a workload's operations at a rate, with time modelled explicitly as in Jepsen: the
 * caller passes the current time and a phase's end, and gets the next operation with the time it
 * is due, or null once the phase is over. Nothing here reads a clock or sleeps, so the sequence of
 * operations, and of due times for given {@code now}s, is a pure function of the seed.
 *
 * <p>The rate limit is Jepsen's {@code stagger}: successive due times are spaced by a random
 * interval uniform in [0, 2/rate), a mean of 1/rate, never before {@code now} (so a slow cluster
 * is not hit by a burst to catch up). Thread-safe: the C client processes draw from one generator.
 */
public final class Generator {
    private final Workload workload;
    private final RandomGenerator random;
    private final double meanGapNanos;
    private long lastDue = Long.MIN_VALUE;

    /**
     * @param ratePerSecond operations per second over all processes, or 0 for no limit
     * @param random the seeded generator of gaps (the workload has its own)
     */
    public Generator(Workload workload, double ratePerSecond, RandomGenerator random) {
        this.workload = workload;
        this.random = random;
        this.meanGapNanos = ratePerSecond <= 0 ? 0 : 1e9 / ratePerSecond;
    }

    /**
     * The next operation and when it is due, or null if it would be due at or after
     * {@code endNanos} (then no operation is drawn, and the sequence stays as it was).
     */
    public synchronized Scheduled next(long nowNanos, long endNanos) {
        long gap = meanGapNanos == 0 ? 0 : (long) (random.nextDouble() * 2 * meanGapNanos);
        long due = Math.max(nowNanos, lastDue == Long.MIN_VALUE ? nowNanos : lastDue + gap);
        if (due >= endNanos) {
            return null;
        }
        lastDue = due;
        return new Scheduled(workload.next(), due);
    }

    /** The workload's live keys now, see {@link Workload#liveKeys()}. */
    public synchronized List<Object> liveKeys() {
        return workload.liveKeys();
    }

    /** The workload's final reads now, see {@link Workload#finalReads}. */
    public synchronized List<Invocation> finalReads(List<String> nodes) {
        return workload.finalReads(nodes);
    }
}
