package dev.ballot.paxos;

/**
 * A record the shell must write to stable storage, and force before it sends any message or
 * reply of the same {@link Ready} that waits for persisting (unless the Ready says the records
 * are lazy, see {@link Ready}). The shell appends records in order; to recover it hands all of
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

    /**
     * The learner learned that {@code entry} is chosen. Written lazily (see {@link Ready}) when
     * this node's own acceptor accepted the same proposal: a crash that loses the record leaves
     * that acceptance, which was forced before anything that depends on it left (the shell's
     * batches are ordered), and which is never dropped from the file before a forced rewrite.
     * Forgetting is then safe: the node's log lags, and a leader's phase 1 or a catch-up learns
     * the slot again; answers to a rejoin report the acceptance, which by P2c carries the chosen
     * value, so an amnesiac still adopts it (the rejoin argument needs a proposer that counted a
     * wiped node's vote to report the value). Without that acceptance the record is forced, as
     * the rejoin argument requires.
     */
    record Chosen(Entry entry) implements Durable {
    }

    /** A snapshot: every slot up to its own is applied; earlier slots' records may be dropped. */
    record Compacted(Snapshot snapshot) implements Durable {
    }
}
