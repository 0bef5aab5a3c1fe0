package dev.ballot.synth;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import dev.ballot.model.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * An exhaustive linearizability checker for small histories (up to about 9 operations per
 * independent part), written to be obviously correct rather than fast: the reference the real
 * checkers are compared against.
 *
 * <p>It tries every order of the operations that respects real time (a precedes b when a's
 * completion comes before b's invocation), stepping the model through each: {@code fail}
 * operations never happened and are left out; {@code info} operations, and invocations without
 * completion, may be placed anywhere after their invocation, or left out; {@code ok} operations
 * must all be placed. The history is linearizable if some order gets the model through every ok
 * operation without {@link Model#INCONSISTENT}.
 */
public final class BruteForce {
    /** More than this many operations in one part would take too long. */
    public static final int MAX_OPERATIONS = 12;

    private BruteForce() {
    }

    /**
     * @throws IllegalArgumentException if the model rejects an operation, or a part is too big
     */
    public static boolean isLinearizable(Model model, History history) {
        List<Operation> happened = new ArrayList<>();
        for (Operation op : history.operations()) {
            String problem = model.validate(op);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            if (!op.isFail()) {
                happened.add(op);
            }
        }
        for (List<Operation> part : model.partition(happened)) {
            if (part.size() > MAX_OPERATIONS) {
                throw new IllegalArgumentException(
                        part.size() + " operations are too many to try every order");
            }
            if (!search(model, part, model.init(), new boolean[part.size()])) {
                return false;
            }
        }
        return true;
    }

    /** Is there an order of the operations not yet placed that continues from {@code state}? */
    private static boolean search(Model model, List<Operation> ops, Object state, boolean[] placed) {
        if (allOkPlaced(ops, placed)) {
            return true; // the unknown operations left over simply never happened
        }
        for (int i = 0; i < ops.size(); i++) {
            if (placed[i] || !mayGoNext(ops, placed, i)) {
                continue;
            }
            Object next = model.step(state, ops.get(i));
            if (next == Model.INCONSISTENT) {
                continue;
            }
            placed[i] = true;
            boolean found = search(model, ops, next, placed);
            placed[i] = false;
            if (found) {
                return true;
            }
        }
        return false;
    }

    /** Every operation that completed before op i was invoked is placed already. */
    private static boolean mayGoNext(List<Operation> ops, boolean[] placed, int i) {
        for (int j = 0; j < ops.size(); j++) {
            if (!placed[j] && ops.get(j).ret() < ops.get(i).call()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allOkPlaced(List<Operation> ops, boolean[] placed) {
        for (int i = 0; i < ops.size(); i++) {
            if (!placed[i] && ops.get(i).isOk()) {
                return false;
            }
        }
        return true;
    }
}
