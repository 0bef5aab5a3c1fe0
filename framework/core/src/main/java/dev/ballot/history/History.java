package dev.ballot.history;

import java.util.List;

/**
 * A whole history: every event in the order the harness observed it, and the client operations
 * formed by pairing each invocation with its completion.
 *
 * <p>Build one with {@link HistoryBuilder}, which validates the pairing as events arrive, or read
 * one with {@link HistoryReader}.
 *
 * @param ops every event, nemesis events included, in real-time order
 * @param operations the client operations, ordered by invocation
 */
public record History(List<Op> ops, List<Operation> operations) {

    public History {
        ops = List.copyOf(ops);
        operations = List.copyOf(operations);
    }

    /** Pairs a list of events that is known to be well formed (tests, generators). */
    public static History of(List<Op> ops) {
        HistoryBuilder builder = new HistoryBuilder("<memory>");
        long line = 1;
        for (Op op : ops) {
            builder.add(op, line++, 0);
        }
        return builder.build();
    }

    public int size() {
        return ops.size();
    }
}
