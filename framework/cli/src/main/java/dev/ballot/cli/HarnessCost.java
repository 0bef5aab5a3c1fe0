package dev.ballot.cli;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import java.util.HashMap;
import java.util.Map;

/**
 * What the harness adds around each operation, read from the times in a history. Of the client
 * operations invoked in a window: how many per second, the mean time from invocation to
 * completion ({@code call}), and the mean time from a completion to the same process' next
 * invocation ({@code gap}). Against a system that answers at once, both are the harness' own cost.
 *
 * @param operations client operations invoked in the window that completed (ok, fail or info)
 * @param seconds the window's length
 * @param meanCallNanos mean time from invocation to completion
 * @param meanGapNanos mean time from a completion to the same process' next invocation, both in
 *     the window; 0 if no process invoked twice
 */
record HarnessCost(int operations, double seconds, double meanCallNanos, double meanGapNanos) {

    /** Reads the operations invoked at run times in [{@code fromNanos}, {@code toNanos}). */
    static HarnessCost of(History history, long fromNanos, long toNanos) {
        Map<Integer, Long> lastCompletion = new HashMap<>();
        int operations = 0;
        long calls = 0;
        int gaps = 0;
        long gapNanos = 0;
        // Operations come in invocation order, and a process has one at a time, so each process'
        // previous operation is the one before it in this order.
        for (Operation op : history.operations()) {
            long invoked = op.invoke().time();
            if (invoked < fromNanos || invoked >= toNanos) {
                continue;
            }
            Long previous = lastCompletion.remove(op.process());
            if (op.completion() == null) {
                continue;
            }
            if (previous != null) {
                gaps++;
                gapNanos += invoked - previous;
            }
            operations++;
            calls += op.completion().time() - invoked;
            lastCompletion.put(op.process(), op.completion().time());
        }
        return new HarnessCost(operations, (toNanos - fromNanos) / 1e9,
                operations == 0 ? 0 : calls / (double) operations,
                gaps == 0 ? 0 : gapNanos / (double) gaps);
    }

    double perSecond() {
        return operations / seconds;
    }

    /** What one process spends per operation: call plus gap. */
    double cycleNanos() {
        return meanCallNanos + meanGapNanos;
    }
}
