package dev.ballot.paxos.role;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Input;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The part of a replica common to every protocol: incarnations, the acceptor, amnesia and the
 * rejoin protocol, and the self-delivery of messages. What differs (proposers, learners, the
 * log) is a {@link Protocol}, which the node calls only while it votes and only with messages
 * from current incarnations.
 */
public final class Node implements Replica {

    /** A Paxos variant running on a node. */
    public interface Protocol {
        void onTick(Input.Tick tick);

        void onRequest(Command command);

        /** A message from a current incarnation; never a rejoin or a rejoin reply. */
        void onMessage(Message message);

        /** Takes back votes {@code node} cast under incarnations other than {@code incarnation}. */
        void discardVotes(int node, long incarnation);

        /** The proposals learned chosen above the snapshot, with their ballots. */
        List<Entry> chosen();

        /** The latest snapshot, or null. */
        Snapshot snapshot();

        /** Installs what an amnesiac gathered: a snapshot (or null) first, then chosen slots. */
        void rejoined(Snapshot snapshot, List<Entry> chosen);

        void checkpoint(List<Durable> into);
    }

    /** Builds the protocol of a node from the node and its recovered durable state. */
    public interface ProtocolFactory {
        Protocol create(Node node, DurableState state);
    }

    private final Config config;
    private final RandomGenerator random;
    private final long incarnation;
    private final Outbox out;
    private final Peers peers;
    private final Acceptor acceptor;
    private final Protocol protocol;
    private Rejoin rejoin;

    /** The first start of a node of a new cluster: it votes at once. */
    public static Replica bootstrap(Config config, RandomGenerator random, ProtocolFactory factory) {
        List<Durable> records = List.of(new Durable.Incarnation(fresh(random)), new Durable.Voting());
        Node node = new Node(config, random, DurableState.of(records), factory);
        records.forEach(node.out::persist);
        return node;
    }

    /** A restart with every record persisted before; none at all means the disk was lost. */
    public static Replica recover(Config config, RandomGenerator random, List<Durable> records,
                                  ProtocolFactory factory) {
        return recover(config, random, DurableState.of(records), factory);
    }

    /**
     * A restart from the fold of every record persisted before (an empty fold: the disk was lost).
     * The replica copies what it reads, so {@code state} stays the caller's.
     */
    public static Replica recover(Config config, RandomGenerator random, DurableState state,
                                  ProtocolFactory factory) {
        return new Node(config, random, state, factory);
    }

    private Node(Config config, RandomGenerator random, DurableState state, ProtocolFactory factory) {
        this.config = config;
        this.random = random;
        this.incarnation = state.voting ? state.incarnation : fresh(random);
        this.out = new Outbox(config.id(), config.clusterSize(), incarnation);
        this.peers = new Peers(config.id());
        state.peers.forEach(peers::restore);
        long compacted = state.snapshot() == null ? -1 : state.snapshot().slot();
        this.acceptor = new Acceptor(config, state.promised, state.accepted, compacted);
        this.protocol = factory.create(this, state);
        if (!state.voting) {
            out.persist(new Durable.Incarnation(incarnation));
            rejoin = new Rejoin(config);
            rejoin.start(out);
            if (rejoin.complete() || config.has(Mutant.AMNESIA_UNSAFE)) {
                becomeVoting();
            }
        }
    }

    private static long fresh(RandomGenerator random) {
        return random.nextLong() & Long.MAX_VALUE;
    }

    @Override
    public Ready step(Input input) {
        if (input instanceof Input.Tick tick) {
            if (rejoin != null) {
                rejoin.onTick(out);
            } else {
                protocol.onTick(tick);
            }
        } else if (input instanceof Input.Receive receive) {
            receive(receive.message());
        } else if (input instanceof Input.ClientRequest request) {
            if (rejoin != null) {
                out.reply(request.command(), Outcome.Fail.refusal("rejoining after amnesia", -1));
            } else {
                protocol.onRequest(request.command());
            }
        } else {
            throw new AssertionError(input);
        }
        for (Message local = out.nextLocal(); local != null; local = out.nextLocal()) {
            receive(local);
        }
        return out.drain();
    }

    private void receive(Message message) {
        Peers.Admission admission = peers.admit(message, rejoin == null, incarnation, out);
        if (admission == Peers.Admission.DROP) {
            return;
        }
        if (admission == Peers.Admission.NEW_INCARNATION) {
            protocol.discardVotes(message.from(), message.incarnation());
        }
        Body body = message.body();
        if (body instanceof Body.Rejoin) {
            if (rejoin == null) {
                out.send(message.from(), new Body.RejoinReply(message.incarnation(), peers.current(),
                        acceptor.promised(), acceptor.acceptedFrom(Long.MIN_VALUE), protocol.chosen(),
                        protocol.snapshot()));
            } else {
                out.send(message.from(), new Body.Rejoining(message.incarnation()));
            }
        } else if (body instanceof Body.RejoinReply reply) {
            if (rejoin != null && reply.forIncarnation() == incarnation
                    && rejoin.onReply(message.from(), message.incarnation(), reply)) {
                rejoined();
            }
        } else if (body instanceof Body.Rejoining rejoining) {
            if (rejoin != null && rejoining.forIncarnation() == incarnation
                    && rejoin.onRejoining(message.from(), message.incarnation())) {
                rejoined();
            }
        } else if (rejoin == null) {
            protocol.onMessage(message);
        }
    }

    private void rejoined() {
        protocol.rejoined(rejoin.snapshot(), rejoin.chosen());
        acceptor.adopt(rejoin.promised(), rejoin.accepted(), out);
        becomeVoting();
    }

    private void becomeVoting() {
        rejoin = null;
        out.persist(new Durable.Voting());
    }

    @Override
    public List<Durable> checkpoint() {
        List<Durable> records = new ArrayList<>();
        records.add(new Durable.Incarnation(incarnation));
        peers.checkpoint(records);
        protocol.checkpoint(records);
        acceptor.checkpoint(records);
        if (rejoin == null) {
            records.add(new Durable.Voting());
        }
        return records;
    }

    @Override
    public long incarnation() {
        return incarnation;
    }

    @Override
    public boolean voting() {
        return rejoin == null;
    }

    /** A ballot of this node above {@code seen} and above its own promise (Paxos Made Simple §2.2). */
    public Ballot ballotAbove(Ballot seen) {
        return Ballot.max(seen, acceptor.promised()).next(config.id());
    }

    /**
     * Records that {@code entry} is chosen: lazily if this node's acceptor holds the same
     * proposal durably, else forced (see {@link Durable.Chosen} for why).
     */
    public void persistChosen(Entry entry) {
        if (acceptor.holdsDurably(entry)) {
            out.persistLazily(new Durable.Chosen(entry));
        } else {
            out.persist(new Durable.Chosen(entry));
        }
    }

    public Config config() {
        return config;
    }

    public RandomGenerator random() {
        return random;
    }

    public Outbox out() {
        return out;
    }

    public Acceptor acceptor() {
        return acceptor;
    }
}
