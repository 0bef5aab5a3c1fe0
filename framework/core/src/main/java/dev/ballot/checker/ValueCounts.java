package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.ValueModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many operations write and observe each value of a {@link ValueModel} history. An
 * operation never observes its own write (a {@code cas [1 1]} needs another write of 1), so the
 * questions exclude the operation asked about.
 */
final class ValueCounts {
    private final ValueModel model;
    private final Map<Object, Integer> writers = new HashMap<>();
    private final Map<Object, Integer> observers = new HashMap<>();

    ValueCounts(ValueModel model, List<Operation> ops) {
        this.model = model;
        for (Operation op : ops) {
            change(op, 1);
        }
    }

    void remove(Operation op) {
        change(op, -1);
    }

    private void change(Operation op, int delta) {
        Object written = model.written(op);
        if (written != ValueModel.NONE) {
            writers.merge(written, delta, Integer::sum);
        }
        model.observed(op, value -> observers.merge(value, delta, Integer::sum));
    }

    /** True if {@code op} writes a value that no other operation observes. */
    boolean writesUnobserved(Operation op) {
        Object written = model.written(op);
        if (written == ValueModel.NONE) {
            return false;
        }
        int[] own = {0};
        model.observed(op, value -> own[0] += Objects.equals(value, written) ? 1 : 0);
        return observers.getOrDefault(written, 0) - own[0] == 0;
    }

    /** A value {@code op} observes that no other operation writes and that is not initial. */
    Object unwrittenObservation(Operation op) {
        Object written = model.written(op);
        Object[] found = {ValueModel.NONE};
        model.observed(op, value -> {
            int others = writers.getOrDefault(value, 0) - (Objects.equals(value, written) ? 1 : 0);
            if (others == 0 && !Objects.equals(value, model.init())) {
                found[0] = value;
            }
        });
        return found[0];
    }

    boolean observesUnwritten(Operation op) {
        return unwrittenObservation(op) != ValueModel.NONE;
    }
}
