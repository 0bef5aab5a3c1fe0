package dev.ballot.checker;

import dev.ballot.history.Operation;

/** An operation that the chosen model cannot interpret: bad input, not a violation. */
public final class UncheckableHistoryException extends RuntimeException {
    private final transient Operation operation;

    public UncheckableHistoryException(Operation operation, String problem) {
        super("event " + operation.call() + " (process " + operation.process() + ", "
                + operation.f() + "): " + problem);
        this.operation = operation;
    }

    public Operation operation() {
        return operation;
    }
}
