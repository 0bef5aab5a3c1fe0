package dev.ballot.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs events into operations as they arrive, and rejects a history that is not well formed: a
 * completion without an invocation, a second invocation while one is open on the same process, a
 * completion whose {@code f} differs from its invocation's. Each error names the source and line.
 *
 * <p>Events are re-indexed by arrival: line order is real-time order, whatever {@code index} the
 * source gave.
 */
public final class HistoryBuilder {
    private final String source;
    private final List<Op> ops = new ArrayList<>();
    private final List<Op> invokes = new ArrayList<>();
    private final List<Op> completions = new ArrayList<>();
    private final Map<Integer, Integer> openByProcess = new HashMap<>();

    /** @param source the file name used in error messages */
    public HistoryBuilder(String source) {
        this.source = source;
    }

    /**
     * Adds the next event.
     *
     * @param line the source line the event starts on, for errors
     * @param column the column, or 0
     * @throws HistoryFormatException if the event does not fit the history so far
     */
    public void add(Op op, long line, long column) {
        Op event = op.index() == ops.size() ? op : op.withIndex(ops.size());
        ops.add(event);
        if (event.isNemesis()) {
            return;
        }
        Integer open = openByProcess.get(event.process());
        if (event.type() == OpType.INVOKE) {
            if (open != null) {
                throw new HistoryFormatException(source, line, column, "process " + event.process()
                        + " invokes " + event.f() + " while its " + invokes.get(open).f()
                        + " (event " + invokes.get(open).index() + ") is still open");
            }
            openByProcess.put(event.process(), invokes.size());
            invokes.add(event);
            completions.add(null);
            return;
        }
        if (open == null) {
            throw new HistoryFormatException(source, line, column, "process " + event.process()
                    + " completes " + event.f() + " (" + event.type().wireName()
                    + ") without an open invocation");
        }
        Op invoke = invokes.get(open);
        if (!invoke.f().equals(event.f())) {
            throw new HistoryFormatException(source, line, column, "process " + event.process()
                    + " completes " + event.f() + " but invoked " + invoke.f());
        }
        completions.set(open, event);
        openByProcess.remove(event.process());
    }

    /** The events read so far. */
    public int size() {
        return ops.size();
    }

    /** The history; invocations still open stay without completion (they are unknown). */
    public History build() {
        List<Operation> operations = new ArrayList<>(invokes.size());
        for (int i = 0; i < invokes.size(); i++) {
            operations.add(new Operation(i, invokes.get(i), completions.get(i)));
        }
        return new History(ops, operations);
    }
}
