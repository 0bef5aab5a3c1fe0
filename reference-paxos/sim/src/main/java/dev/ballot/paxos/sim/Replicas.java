package dev.ballot.paxos.sim;

import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.single.SingleDecree;
import java.util.List;
import java.util.random.RandomGenerator;

/** How the simulator builds replicas of one protocol: the two ways the core can be started. */
public interface Replicas {

    Replica bootstrap(Config config, RandomGenerator random);

    Replica recover(Config config, RandomGenerator random, List<Durable> disk);

    /** Single-decree Paxos. */
    Replicas SINGLE_DECREE = new Replicas() {
        @Override
        public Replica bootstrap(Config config, RandomGenerator random) {
            return SingleDecree.bootstrap(config, random);
        }

        @Override
        public Replica recover(Config config, RandomGenerator random, List<Durable> disk) {
            return SingleDecree.recover(config, random, disk);
        }
    };
}
