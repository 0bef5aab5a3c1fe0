package dev.ballot.sut;

import dev.ballot.history.OpType;
import java.util.Objects;

/**
 * How an operation ended, as the client saw it: {@code ok} (it happened; {@code value} is the
 * result), {@code fail} (it certainly did not happen) or {@code info} (unknown: it may take effect
 * now, later, or never). The client decides; the harness records what it is told and never
 * guesses.
 *
 * @param type ok, fail or info
 * @param value the result of an ok operation (the value read, the decided value), else null
 * @param error why it failed or is unknown, else null
 */
public record Completion(OpType type, Object value, String error) {
    public Completion {
        Objects.requireNonNull(type, "type");
        if (type == OpType.INVOKE) {
            throw new IllegalArgumentException("a completion cannot be an invoke");
        }
    }

    public static Completion ok(Object value) {
        return new Completion(OpType.OK, value, null);
    }

    public static Completion fail(String error) {
        return new Completion(OpType.FAIL, null, error);
    }

    public static Completion info(String error) {
        return new Completion(OpType.INFO, null, error);
    }
}
