package dev.ballot.synth;

/**
 * A violation of linearizability planted in an otherwise linearizable history. Each kind is
 * certain by construction: no order of the operations explains the planted read.
 */
public enum Anomaly {
    /** Nothing planted: the history is linearizable. */
    NONE,
    /**
     * A read returns a value that was certainly overwritten before the read was invoked: the
     * value's only write completed before an {@code ok} write of another value was invoked, and
     * that write completed before the read was invoked. Needs unique values, where no later
     * operation can write the old value again.
     */
    STALE_READ,
    /** A read returns a value that no operation ever wrote and that is not the initial value. */
    PHANTOM_READ
}
