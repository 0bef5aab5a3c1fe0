package dev.ballot.model;

import dev.ballot.history.Operation;
import java.util.List;

/**
 * A sequential specification: what a single copy of the object would answer. Linearizability
 * checkers search for an order of a history's operations that this specification accepts.
 *
 * <p>States are immutable values with {@code equals} and {@code hashCode} (the search memoizes on
 * them); {@code null} is a legal state (an empty register).
 */
public interface Model {

    /** Returned by {@link #step} when the operation cannot happen in the given state. */
    Object INCONSISTENT = new Object() {
        @Override
        public String toString() {
            return "inconsistent";
        }
    };

    /** The name used on the command line: register, cas-register, write-once, kv, multi-register. */
    String name();

    /** The state before any operation. */
    Object init();

    /**
     * The state after {@code op} takes effect in {@code state}, or {@link #INCONSISTENT}. For an
     * operation whose outcome is unknown ({@code info}) the result is not known either, so only
     * its effect is applied and nothing is checked against its output.
     */
    Object step(Object state, Operation op);

    /**
     * Splits a history into independent parts that can be checked separately (P-compositionality,
     * as in Porcupine): one part per key for {@code kv}; the whole history otherwise.
     */
    default List<List<Operation>> partition(List<Operation> operations) {
        return List.of(operations);
    }

    /**
     * Why this operation cannot be checked against the model (an unknown {@code f}, a malformed
     * value), or null if it can. Checkers ask before searching, so that bad input is reported as
     * such and never mistaken for a violation.
     */
    default String validate(Operation op) {
        return null;
    }

    /**
     * True if {@code op} never changes the state. An {@code info} operation that only reads
     * constrains nothing (its result is unknown) and changes nothing, so checkers drop it.
     */
    default boolean isReadOnly(Operation op) {
        return false;
    }

    /** A short human-readable form of an operation, for counterexamples. */
    default String describe(Operation op) {
        return Describe.operation(op);
    }
}
