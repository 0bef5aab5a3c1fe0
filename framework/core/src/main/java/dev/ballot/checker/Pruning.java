package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.Model;
import dev.ballot.model.ValueModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes operations that cannot change a linearizability verdict, before any search. Each rule
 * is sound: a history is linearizable if and only if its pruned form is.
 *
 * <ul>
 *   <li>A {@code fail} operation certainly did not happen.
 *   <li>An {@code info} operation that only reads changes nothing and its result is unknown.
 *   <li>In a {@link ValueModel}, an {@code info} operation that would set a value v that no
 *       remaining operation observes. Take any linearization that contains it: until the next
 *       operation that sets a value, the state is v, and only operations that observe nothing can
 *       follow (none observes v); removing it leaves those operations just as legal. Removing one
 *       such operation can leave another unobserved (an {@code info} cas from that value), so the
 *       rule runs to a fixed point.
 *   <li>In a {@link ValueModel}, an {@code info} operation that observes a value which no other
 *       operation writes (and which is not the initial value): it can never take effect.
 * </ul>
 */
public final class Pruning {
    private Pruning() {
    }

    /** The operations of {@code operations} that can matter to {@code model}, in the same order. */
    public static List<Operation> prune(Model model, List<Operation> operations) {
        List<Operation> kept = new ArrayList<>(operations.size());
        for (Operation op : operations) {
            if (!op.isFail() && !(op.isInfo() && model.isReadOnly(op))) {
                kept.add(op);
            }
        }
        return model instanceof ValueModel values ? dropUnobservedInfo(values, kept) : kept;
    }

    private static List<Operation> dropUnobservedInfo(ValueModel model, List<Operation> ops) {
        ValueCounts counts = new ValueCounts(model, ops);
        boolean[] dropped = new boolean[ops.size()];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < ops.size(); i++) {
                Operation op = ops.get(i);
                if (!dropped[i] && op.isInfo()
                        && (counts.writesUnobserved(op) || counts.observesUnwritten(op))) {
                    dropped[i] = true;
                    changed = true;
                    counts.remove(op);
                }
            }
        }
        List<Operation> kept = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            if (!dropped[i]) {
                kept.add(ops.get(i));
            }
        }
        return kept;
    }
}
