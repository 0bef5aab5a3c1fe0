package dev.ballot.model;

import dev.ballot.history.Operation;
import java.util.function.Consumer;

/**
 * A model whose state is one value that operations set and observe (registers, the write-once
 * register). Knowing which value an operation would set, and which values operations observed,
 * lets a checker drop operations that cannot matter: an {@code info} operation that would set a
 * value nobody ever observed may be assumed never to have happened (see
 * {@code dev.ballot.checker.Pruning}).
 */
public interface ValueModel extends Model {

    /** Marks "sets no value" in {@link #written}. */
    Object NONE = new Object() {
        @Override
        public String toString() {
            return "none";
        }
    };

    /** The value {@code op} sets when it takes effect, or {@link #NONE}. */
    Object written(Operation op);

    /**
     * Reports each value that {@code op} observes (a value read or returned, a cas's expected
     * value) and so requires some write of it to have taken effect.
     */
    void observed(Operation op, Consumer<Object> sink);
}
