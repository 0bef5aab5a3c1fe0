package dev.ballot.paxos.sim;

import dev.ballot.paxos.Body;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Timing;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A single-decree cluster (three nodes unless told) on a {@link ManualNetwork}, for scenario tests
 * written as transcripts: who proposes, which message is delivered when, who crashes.
 */
final class Transcript {
    final ManualNetwork net = new ManualNetwork();
    final AgreementMonitor monitor = new AgreementMonitor();
    final Cluster cluster;

    Transcript(Mutant... mutants) {
        this(3, mutants);
    }

    Transcript(int nodes, Mutant... mutants) {
        cluster = new Cluster(nodes, Set.of(mutants), Timing.defaults(), Replicas.SINGLE_DECREE, net, monitor,
                new SplittableRandom(1));
    }

    void propose(int node, long value) {
        cluster.request(node, new Command(1000 + value, 1, new Request.Propose(value)));
    }

    /** Delivers the held messages of {@code type} from {@code from} to {@code to}. */
    int deliver(int from, int to, Class<? extends Body> type) {
        int count = net.release(m -> m.from() == from && m.to() == to && type.isInstance(m.body()));
        cluster.deliverDue();
        return count;
    }

    /** Runs phase 1 and phase 2 of {@code proposer}'s round with {@code acceptor} alone. */
    void bothPhasesWith(int proposer, int acceptor) {
        deliver(proposer, acceptor, Body.Prepare.class);
        deliver(acceptor, proposer, Body.Promise.class);
        deliver(proposer, acceptor, Body.Accept.class);
        deliver(acceptor, proposer, Body.Accepted.class);
    }

    /** Delivers held messages matching {@code which}, and what they cause, until none is left. */
    void deliverAll(Predicate<Message> which) {
        while (net.release(which) > 0) {
            cluster.deliverDue();
        }
    }

    void dropAll(int to) {
        net.drop(m -> m.to() == to);
    }

    /** Runs {@code ticks} ticks delivering everything: a perfect network. */
    void settle(int ticks) {
        for (int i = 0; i < ticks; i++) {
            net.release(m -> true);
            cluster.tick();
        }
    }
}
