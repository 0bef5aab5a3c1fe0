package dev.ballot.paxos.single;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Value;
import dev.ballot.paxos.role.Node;
import dev.ballot.paxos.role.Votes;

/**
 * The proposer of Paxos Made Simple §2.2 for the single decree. A round prepares a new ballot,
 * adopts the highest-ballot accepted proposal reported in the promises (or proposes its own
 * value), and asks for acceptance. A refusal or a silence of {@code retryTicks} ends the round;
 * the next one starts after a random backoff so that dueling proposers (§2.4) stop dueling.
 *
 * <p>A round without a value of its own is a read: if no promise reports an accepted proposal,
 * nothing was chosen when it started, and it ends there.
 */
final class Proposer {

    /** What a round tells its owner. */
    interface Listener {
        /** A phase 1 started: reads that arrived before it may be answered by its outcome. */
        void preparing();

        /** The phase 1 found no accepted proposal: nothing was chosen before it started. */
        void nothingAccepted();

        /** A majority accepted {@code entry}: it is chosen. */
        void chosen(Entry entry);
    }

    private enum Phase { IDLE, PREPARING, ACCEPTING, BACKOFF }

    private final Node node;
    private final Config config;
    private final Listener listener;
    private Phase phase = Phase.IDLE;
    private Ballot ballot = Ballot.ZERO;
    private Ballot highestSeen = Ballot.ZERO;
    private Value own;
    private Entry adopted;
    private Votes votes = new Votes();
    private int timer;

    Proposer(Node node, Listener listener) {
        this.node = node;
        this.config = node.config();
        this.listener = listener;
    }

    /** Starts a round unless one runs; {@code value} (or null for a read) is proposed if free. */
    void start(Value value) {
        if (own == null) {
            own = value;
        }
        if (phase == Phase.IDLE) {
            prepare();
        }
    }

    /** Phase 1(a), §2.2: a ballot above every ballot seen, this node's own promise included. */
    private void prepare() {
        ballot = node.ballotAbove(Ballot.max(highestSeen, ballot));
        phase = Phase.PREPARING;
        adopted = null;
        votes = new Votes();
        timer = config.timing().retryTicks();
        listener.preparing();
        // Sent to this node first: its own promise of the ballot is persisted before any answer.
        node.out().requestAll(new Body.Prepare(ballot, Entry.DECREE));
    }

    void onPromise(Message message, Body.Promise promise) {
        if (phase != Phase.PREPARING || !promise.ballot().equals(ballot)) {
            return;
        }
        votes.add(message);
        if (!config.has(Mutant.NO_ADOPT)) {
            for (Entry accepted : promise.accepted()) {
                if (adopted == null || accepted.ballot().isAbove(adopted.ballot())) {
                    adopted = accepted;
                }
            }
        }
        if (votes.reached(config)) {
            accept();
        }
    }

    /** Phase 2(a), §2.2: the adopted value (P2c), else our own; a read with neither is done. */
    private void accept() {
        if (adopted == null) {
            listener.nothingAccepted();
        }
        Value value = adopted != null ? adopted.value() : own;
        if (value == null) {
            phase = Phase.IDLE;
            return;
        }
        phase = Phase.ACCEPTING;
        votes = new Votes();
        adopted = new Entry(Entry.DECREE, ballot, value);
        node.out().requestAll(new Body.Accept(adopted, 0));
    }

    void onAccepted(Message message, Body.Accepted accepted) {
        if (phase == Phase.ACCEPTING && accepted.ballot().equals(ballot)) {
            votes.add(message);
            if (votes.reached(config)) {
                phase = Phase.IDLE;
                listener.chosen(adopted);
            }
        }
    }

    void onNack(Body.Nack nack) {
        highestSeen = Ballot.max(highestSeen, nack.promised());
        if (nack.ballot().equals(ballot) && (phase == Phase.PREPARING || phase == Phase.ACCEPTING)) {
            backoff();
        }
    }

    void onTick() {
        if (phase != Phase.IDLE && --timer <= 0) {
            if (phase == Phase.BACKOFF) {
                prepare();
            } else {
                backoff();
            }
        }
    }

    private void backoff() {
        phase = Phase.BACKOFF;
        timer = 1 + node.random().nextInt(config.timing().retryTicks());
    }

    /** The decree is known: no more rounds. */
    void stop() {
        phase = Phase.IDLE;
    }

    void discardVotes(int node, long incarnation) {
        votes.discard(node, incarnation);
    }
}
