package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.role.Node;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the core's replicas of one protocol, each with its own stream split from the node's
 * seeded random generator.
 */
public final class Replicas {
    private final Config config;
    private final SplittableRandom random;
    private final Node.ProtocolFactory protocol;

    public Replicas(Config config, SplittableRandom random, Node.ProtocolFactory protocol) {
        this.config = config;
        this.random = random;
        this.protocol = protocol;
    }

    /** A replica of a new cluster: votes at once. */
    public Replica bootstrap() {
        return Node.bootstrap(config, random.split(), protocol);
    }

    /** A replica restarted from {@code records}; none at all means amnesia, and it rejoins. */
    public Replica recover(List<Durable> records) {
        return Node.recover(config, random.split(), records, protocol);
    }
}
