package dev.ballot.paxos.sim;

import dev.ballot.paxos.Config;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.multi.MultiPaxos;
import dev.ballot.paxos.role.DurableState;
import dev.ballot.paxos.role.Node;
import dev.ballot.paxos.single.SingleDecree;
import java.util.random.RandomGenerator;

/** How the simulator builds replicas of one protocol: the two ways the core can be started. */
public record Replicas(Node.ProtocolFactory protocol) {

    /** Single-decree Paxos. */
    public static final Replicas SINGLE_DECREE = new Replicas(SingleDecree.FACTORY);

    /** Multi-Paxos with the key-value state machine. */
    public static final Replicas MULTI_PAXOS = new Replicas(MultiPaxos.FACTORY);

    Replica bootstrap(Config config, RandomGenerator random) {
        return Node.bootstrap(config, random, protocol);
    }

    /** A restart from the fold of the node's disk (see {@link DurableState}). */
    Replica recover(Config config, RandomGenerator random, DurableState disk) {
        return Node.recover(config, random, disk, protocol);
    }
}
