package dev.ballot.nemesis;

import java.util.List;

/**
 * One fault of a schedule: what to apply at {@code startNanos}, and what undoes it at
 * {@code stopNanos}. Times are nanoseconds since the start of the run. Within a list, faults are
 * applied in order.
 *
 * <p>A window aimed at the leader ({@code leader} not null) has no faults until it is
 * {@linkplain #resolve resolved} at its start, when the leader is known.
 */
public record FaultWindow(long startNanos, List<Fault> start, long stopNanos, List<Fault> stop,
                          LeaderTarget leader) {
    public FaultWindow {
        start = List.copyOf(start);
        stop = List.copyOf(stop);
        if (stopNanos < startNanos) {
            throw new IllegalArgumentException("a fault cannot stop before it starts");
        }
    }

    /** A window of faults fixed when planned. */
    public FaultWindow(long startNanos, List<Fault> start, long stopNanos, List<Fault> stop) {
        this(startNanos, start, stopNanos, stop, null);
    }

    /** A window aimed at whichever node leads at {@code startNanos}. */
    static FaultWindow atLeader(long startNanos, long stopNanos, LeaderTarget leader) {
        return new FaultWindow(startNanos, List.of(), stopNanos, List.of(), leader);
    }

    /** This window with its faults fixed: aimed at the first of {@code primaries} if it asks. */
    public FaultWindow resolve(List<String> primaries, List<String> nodes) {
        return leader == null ? this : leader.resolve(this, primaries, nodes);
    }
}
