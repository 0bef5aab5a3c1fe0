package dev.ballot.paxos;

import java.util.List;

/**
 * A Paxos node as a deterministic state machine, in the style of etcd's raft {@code RawNode}.
 * Implementations: {@code SingleDecreeReplica} and {@code MultiPaxosReplica}; each is built with
 * {@code bootstrap} (the first start of a new cluster) or {@code recover} (every later start,
 * given every durable record ever persisted; an empty list means the disk was lost).
 *
 * <p>Not thread-safe: the shell calls {@link #step} from one thread.
 */
public interface Replica {

    /** Handles one input and returns what the shell must do; see {@link Ready} for the order. */
    Ready step(Input input);

    /** The durable state as a short list of records, equivalent to all records persisted so far. */
    List<Durable> checkpoint();

    /** This node's current incarnation. */
    long incarnation();

    /** False while an amnesiac node is rejoining: it votes in nothing and serves no client. */
    boolean voting();
}
