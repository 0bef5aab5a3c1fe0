package dev.ballot.paxos;

/**
 * A record the shell must write to stable storage (and fsync) before it sends any message or
 * reply of the same {@link Ready}. The shell appends records in order; to recover it hands all of
 * them back, in order, and later records supersede earlier ones. {@link Replica#checkpoint()}
 * returns a short equivalent list to rewrite the file with.
 */
public sealed interface Durable {

    /** This node's incarnation; a node without one starts as an amnesiac. */
    record Incarnation(long id) implements Durable {
    }

    /** The node may vote: it bootstrapped a new cluster, or finished rejoining. */
    record Voting() implements Durable {
    }

    /** {@code node}'s current incarnation is {@code id}; every earlier one is dead. */
    record PeerIncarnation(int node, long id) implements Durable {
    }

    /** The acceptor promised {@code ballot} (§2.2 phase 1(b)). */
    record Promised(Ballot ballot) implements Durable {
    }

    /** The acceptor accepted {@code entry} (§2.2 phase 2(b)). */
    record Accepted(Entry entry) implements Durable {
    }

    /** The learner learned that {@code entry} is chosen. */
    record Chosen(Entry entry) implements Durable {
    }

    /** A snapshot: every slot up to its own is applied; earlier slots' records may be dropped. */
    record Compacted(Snapshot snapshot) implements Durable {
    }
}
