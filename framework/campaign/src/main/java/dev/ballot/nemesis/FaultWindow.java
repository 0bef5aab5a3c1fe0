package dev.ballot.nemesis;

import java.util.List;

/**
 * One fault of a schedule: what to apply at {@code startNanos}, and what undoes it at
 * {@code stopNanos}. Times are nanoseconds since the start of the run. Within a list, faults are
 * applied in order.
 *
 * <p>A window with an {@code aim} (not null) has no faults until it is {@linkplain #resolve
 * resolved} at its start, when the leader, or whose clocks are behind, is known.
 */
public record FaultWindow(long startNanos, List<Fault> start, long stopNanos, List<Fault> stop,
                          Aim aim) {
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

    /** A window whose faults are fixed at {@code startNanos}, as {@code aim} says. */
    static FaultWindow aimed(long startNanos, long stopNanos, Aim aim) {
        return new FaultWindow(startNanos, List.of(), stopNanos, List.of(), aim);
    }

    /**
     * This window with its faults fixed.
     *
     * @param primaries who leads now, for a window aimed at the leader
     * @param begun the schedule's windows by index, as resolved when they began (null for those
     *     not begun yet), for a window aimed at the clocks that are behind
     */
    public FaultWindow resolve(List<String> primaries, List<String> nodes, List<FaultWindow> begun) {
        if (aim instanceof LeaderTarget leader) {
            return leader.resolve(this, primaries, nodes);
        }
        if (aim instanceof SkewedTarget skewed) {
            return skewed.resolve(this, begun, nodes);
        }
        return this;
    }
}
