package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.Describe;
import dev.ballot.model.ValueModel;
import java.util.List;

/**
 * The cheapest violation to find: an {@code ok} operation that observed a value which no other
 * operation that may have happened wrote, and which is not the initial value. No order of the
 * operations explains it, so the search need not look; on a long history the search would
 * otherwise have to exhaust every order before it reached that read.
 */
final class PhantomValues {
    private PhantomValues() {
    }

    /**
     * An invalid result naming the first such operation, or null if there is none.
     *
     * @param ops pruned operations: no {@code fail} among them
     */
    static CheckResult find(String checker, ValueModel model, List<Operation> ops) {
        ValueCounts counts = new ValueCounts(model, ops);
        for (Operation op : ops) {
            Object phantom = op.isOk() ? counts.unwrittenObservation(op) : ValueModel.NONE;
            if (phantom != ValueModel.NONE) {
                return Violations.of(checker, Describe.operation(op) + " observed "
                        + Describe.value(phantom) + ", a value that was never written",
                        List.of(op));
            }
        }
        return null;
    }
}
