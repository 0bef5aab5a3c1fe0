package dev.ballot.nemesis;

import java.util.List;

/**
 * One fault of a schedule: what to apply at {@code startNanos}, and what undoes it at
 * {@code stopNanos}. Times are nanoseconds since the start of the run. Within a list, faults are
 * applied in order.
 */
public record FaultWindow(long startNanos, List<Fault> start, long stopNanos, List<Fault> stop) {
    public FaultWindow {
        start = List.copyOf(start);
        stop = List.copyOf(stop);
        if (stopNanos < startNanos) {
            throw new IllegalArgumentException("a fault cannot stop before it starts");
        }
    }
}
