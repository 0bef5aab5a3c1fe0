package dev.ballot.report;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.Operation;
import java.util.List;

/**
 * Where events fall on a report's x axis. A history whose every event has a time is drawn in
 * seconds; one without times (most Knossos histories) is drawn by event position, which keeps
 * real-time order but says nothing of durations, so latency and throughput need times.
 *
 * @param timed whether x is seconds (true) or the event's index (false)
 * @param start x of the first event
 * @param end x of the last event: where an operation that never completed is drawn to
 */
public record Timebase(boolean timed, double start, double end) {

    public static Timebase of(History history) {
        List<Op> ops = history.ops();
        boolean timed = !ops.isEmpty() && ops.stream().allMatch(op -> op.time() != Op.NO_TIME);
        if (ops.isEmpty()) {
            return new Timebase(false, 0, 1);
        }
        double first = timed ? ops.stream().mapToLong(Op::time).min().orElseThrow() / 1e9 : 0;
        double last = timed ? ops.stream().mapToLong(Op::time).max().orElseThrow() / 1e9
                : ops.size() - 1;
        return new Timebase(timed, first, Math.max(last, first + (timed ? 1e-3 : 1)));
    }

    public double x(Op op) {
        return timed ? op.time() / 1e9 : op.index();
    }

    /** Where an operation begins: its invocation. */
    public double begin(Operation op) {
        return x(op.invoke());
    }

    /** Where an operation ends: its completion, or the end of the history if it has none. */
    public double finish(Operation op) {
        return op.completion() == null ? end : x(op.completion());
    }

    /** Invocation to completion in milliseconds, or NaN without times or without completion. */
    public double latencyMillis(Operation op) {
        if (!timed || op.completion() == null) {
            return Double.NaN;
        }
        return (op.completion().time() - op.invoke().time()) / 1e6;
    }

    /** The axis' name: {@code time (s)} or {@code event}. */
    public String axisLabel() {
        return timed ? "time (s)" : "event";
    }

    /** A point of the axis for people: {@code 12.345 s} or {@code event 17}. */
    public String describe(double x) {
        return timed ? Numbers.fixed(x, 3) + " s" : "event " + Math.round(x);
    }
}
