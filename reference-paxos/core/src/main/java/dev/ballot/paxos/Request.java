package dev.ballot.paxos;

/**
 * A client operation. The single-decree replica serves {@link Propose} and {@link Read} (whose key
 * it ignores); the multi-Paxos key-value replica serves {@link Read}, {@link Write} and
 * {@link Cas}.
 */
public sealed interface Request {

    /** Propose {@code value} for the single decree; the reply is the decided value. */
    record Propose(long value) implements Request {
    }

    /** Read a register (or the decree); the reply is its value, or null if absent. */
    record Read(long key) implements Request {
    }

    record Write(long key, long value) implements Request {
    }

    /** Set {@code key} to {@code value} if it holds {@code expected} (null: absent); else fail. */
    record Cas(long key, Long expected, long value) implements Request {
    }
}
