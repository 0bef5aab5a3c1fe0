package dev.ballot.history;

import java.util.Objects;

/**
 * One event of a history: an invocation or a completion of a client operation, or a fault event
 * of the nemesis. This is Jepsen's op.
 *
 * <p>Values are plain Java data: {@code null}, {@link Long}, {@link Double}, {@link Boolean},
 * {@link String} (EDN keywords become their name without the colon), and {@link java.util.List}
 * of values (a cas is {@code [expected, new]}, a transaction a list of micro-operations).
 *
 * @param index position in the history, 0-based
 * @param type invoke, ok, fail or info
 * @param process the client process, or {@link #NEMESIS} for fault events
 * @param f the operation's name: read, write, cas, propose, txn, or a fault's name
 * @param value argument or result, see above
 * @param key the register's key in multi-key workloads, or null
 * @param time nanoseconds since the start of the run, or {@link #NO_TIME}
 * @param node the node the client talked to, or null
 * @param error why the operation failed or is unknown, or null
 */
public record Op(long index, OpType type, int process, String f, Object value, Object key,
                 long time, String node, String error) {

    /** The process id of nemesis (fault) events. */
    public static final int NEMESIS = -1;
    /** The time of an event whose time is not known. */
    public static final long NO_TIME = -1;

    public Op {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(f, "f");
    }

    /** A client operation event without key, node or error; handy in tests and generators. */
    public static Op of(long index, OpType type, int process, String f, Object value) {
        return new Op(index, type, process, f, value, null, NO_TIME, null, null);
    }

    public boolean isNemesis() {
        return process == NEMESIS;
    }

    public Op withIndex(long newIndex) {
        return new Op(newIndex, type, process, f, value, key, time, node, error);
    }
}
