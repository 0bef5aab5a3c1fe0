package dev.ballot.paxos;

/**
 * A proposal number (Paxos Made Simple §2.2: "different proposals have different numbers").
 * Ballots are totally ordered by round, then by the proposer's node id, so two proposers never
 * use the same ballot.
 *
 * @param round grows every time a proposer starts a new phase 1
 * @param nodeId the proposer that owns this ballot; ties on round are broken by it
 */
public record Ballot(long round, int nodeId) implements Comparable<Ballot> {

    /** Lower than every ballot a proposer uses: the promise of an acceptor that promised nothing. */
    public static final Ballot ZERO = new Ballot(0, -1);

    /** The smallest ballot of {@code proposer} above this one. */
    public Ballot next(int proposer) {
        return new Ballot(round + 1, proposer);
    }

    public boolean isAbove(Ballot other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(Ballot other) {
        return compareTo(other) < 0;
    }

    public static Ballot max(Ballot a, Ballot b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The record's equality, written out: ballots are compared on every message. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Ballot ballot && round == ballot.round && nodeId == ballot.nodeId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(round) * 31 + nodeId;
    }

    @Override
    public int compareTo(Ballot other) {
        int byRound = Long.compare(round, other.round);
        return byRound != 0 ? byRound : Integer.compare(nodeId, other.nodeId);
    }

    @Override
    public String toString() {
        return round + "." + nodeId;
    }
}
