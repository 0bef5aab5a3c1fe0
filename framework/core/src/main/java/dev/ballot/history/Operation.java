package dev.ballot.history;

/**
 * A client operation: an invocation paired with its completion. This is what checkers work on.
 *
 * <p>{@link #call()} and {@link #ret()} are positions in the history (indices of the events), so
 * "a precedes b in real time" is {@code a.ret() < b.call()}. An operation that never completed, or
 * completed with {@code info}, has {@code ret() == Long.MAX_VALUE}: it may take effect at any time
 * after its invocation, or never.
 *
 * @param id position of this operation among the history's operations, 0-based
 * @param invoke the invocation event
 * @param completion the completion event, or null if the history ends before it
 */
public record Operation(int id, Op invoke, Op completion) {

    /** The outcome of the operation: ok, fail, or info (also for a missing completion). */
    public OpType outcome() {
        return completion == null ? OpType.INFO : completion.type();
    }

    public int process() {
        return invoke.process();
    }

    public String f() {
        return invoke.f();
    }

    public Object key() {
        return invoke.key() != null ? invoke.key() : completion == null ? null : completion.key();
    }

    /** The argument as invoked. */
    public Object input() {
        return invoke.value();
    }

    /** The result of an ok operation (for a read, the value read); otherwise the input. */
    public Object output() {
        return outcome() == OpType.OK ? completion.value() : invoke.value();
    }

    public long call() {
        return invoke.index();
    }

    public long ret() {
        return outcome() == OpType.INFO ? Long.MAX_VALUE : completion.index();
    }

    public boolean isOk() {
        return outcome() == OpType.OK;
    }

    public boolean isInfo() {
        return outcome() == OpType.INFO;
    }

    public boolean isFail() {
        return outcome() == OpType.FAIL;
    }
}
