package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.Describe;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a history is invalid, in terms a person can follow.
 *
 * @param failing the operation that cannot be linearized (or that breaks the property)
 * @param concurrent operations concurrent with it, which the search tried to order around it
 * @param linearization the longest linearization found before the search got stuck, in order
 *     (possibly only its tail: see {@code linearizationLength})
 * @param linearizationLength how many operations the longest linearization had in all
 * @param stateReached the model's state after that linearization, rendered as text
 * @param explanation one or more sentences saying what went wrong
 */
public record Counterexample(Operation failing, List<Operation> concurrent,
                             List<Operation> linearization, int linearizationLength,
                             String stateReached, String explanation) {

    public Counterexample {
        concurrent = List.copyOf(concurrent);
        linearization = List.copyOf(linearization);
    }

    /** A counterexample that is a single explanation about a few operations. */
    public static Counterexample of(Operation failing, List<Operation> others, String explanation) {
        return new Counterexample(failing, others, List.of(), 0, null, explanation);
    }

    /** A multi-line text rendering, for terminals and logs. */
    public String toText() {
        List<String> lines = new ArrayList<>();
        lines.add(explanation);
        if (failing != null) {
            lines.add("  cannot linearize: " + describe(failing));
        }
        for (Operation op : concurrent) {
            lines.add("  concurrent:       " + describe(op));
        }
        if (linearizationLength > 0) {
            int skipped = linearizationLength - linearization.size();
            lines.add("  longest linearization (" + linearizationLength + " operations"
                    + (skipped > 0 ? ", last " + linearization.size() + " shown" : "") + "):");
            for (Operation op : linearization) {
                lines.add("    " + describe(op));
            }
            if (stateReached != null) {
                lines.add("  state reached: " + stateReached);
            }
        }
        return String.join(System.lineSeparator(), lines);
    }

    static String describe(Operation op) {
        return Describe.operation(op) + " [events " + op.call() + ".."
                + (op.ret() == Long.MAX_VALUE ? "?" : String.valueOf(op.ret())) + "]";
    }
}
