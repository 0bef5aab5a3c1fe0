package dev.ballot.paxos;

/**
 * A proposal for one slot: accepted by an acceptor, or chosen. The single decree uses slot 0.
 *
 * @param slot the log position
 * @param ballot the ballot the value was proposed in
 * @param value what was proposed
 */
public record Entry(long slot, Ballot ballot, Value value) {

    /** The slot of the single decree. */
    public static final long DECREE = 0;
}
