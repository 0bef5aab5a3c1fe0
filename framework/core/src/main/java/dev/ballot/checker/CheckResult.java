package dev.ballot.checker;

import java.util.List;
import java.util.Objects;

/**
 * What a checker concluded: the history is valid, invalid (with a counterexample), or the
 * checker could not tell (it gave up, ran out of its budget, or crashed), as in Jepsen.
 * Composition follows Jepsen: invalid beats unknown beats valid.
 */
public sealed interface CheckResult {

    /** The checker's name, e.g. {@code linearizable} or {@code agreement}. */
    String checker();

    /** The history satisfies the property. */
    record Valid(String checker) implements CheckResult {
    }

    /** The history violates the property; {@code counterexample} shows where. */
    record Invalid(String checker, Counterexample counterexample) implements CheckResult {
        public Invalid {
            Objects.requireNonNull(counterexample, "counterexample");
        }
    }

    /** The checker could not decide; {@code reason} says why (time limit, memory budget...). */
    record Unknown(String checker, String reason) implements CheckResult {
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    default boolean isInvalid() {
        return this instanceof Invalid;
    }

    /** {@code true}, {@code false} or {@code "unknown"}: the JSON form of the verdict. */
    default Object verdict() {
        if (this instanceof Valid) {
            return Boolean.TRUE;
        }
        if (this instanceof Invalid) {
            return Boolean.FALSE;
        }
        if (this instanceof Unknown) {
            return "unknown";
        }
        throw new AssertionError(this);
    }

    /** The process exit code of the command line: 0 valid, 1 invalid, 3 unknown. */
    default int exitCode() {
        return this instanceof Valid ? 0 : this instanceof Invalid ? 1 : 3;
    }

    /**
     * The worst of several results under one name: the first invalid one if any, else the first
     * unknown one, else valid.
     */
    static CheckResult worst(String checker, List<? extends CheckResult> results) {
        CheckResult unknown = null;
        for (CheckResult result : results) {
            if (result instanceof Invalid invalid) {
                return new Invalid(checker, invalid.counterexample());
            }
            if (unknown == null && result instanceof Unknown) {
                unknown = result;
            }
        }
        return unknown == null ? new Valid(checker)
                : new Unknown(checker, ((Unknown) unknown).reason());
    }
}
