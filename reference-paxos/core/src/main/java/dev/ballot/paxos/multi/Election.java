package dev.ballot.paxos.multi;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.role.Node;
import dev.ballot.paxos.role.Votes;
import java.util.TreeMap;

/**
 * Leader election by phase 1 (Paxos Made Simple §3): a follower that hears no leader for a
 * random timeout between {@code electionTicks} and twice that becomes a candidate and prepares a
 * higher ballot for every slot from its first unchosen one; with a majority of promises it adopts,
 * per slot, the accepted proposal with the highest ballot and leads. Random timeouts are the
 * backoff that lets one of several dueling candidates win.
 *
 * <p>A follower that heard its leader within {@code electionTicks} ignores other candidates'
 * prepares: a candidate cut off from a healthy leader cannot depose it.
 */
final class Election {

    enum Role { FOLLOWER, CANDIDATE, LEADER }

    private final Node node;
    private final Config config;
    private final Log log;
    private final Leader leader;
    private final Runnable onStepDown;
    private Role role = Role.FOLLOWER;
    private Ballot ballot = Ballot.ZERO;
    private Ballot highestSeen = Ballot.ZERO;
    private int leaderId = -1;
    private int quiet;
    private int timeout;
    private Votes votes = new Votes();
    private final TreeMap<Long, Entry> adopted = new TreeMap<>();

    Election(Node node, Log log, Leader leader, Runnable onStepDown) {
        this.node = node;
        this.onStepDown = onStepDown;
        this.config = node.config();
        this.log = log;
        this.leader = leader;
        this.timeout = randomTimeout();
    }

    private int randomTimeout() {
        int ticks = config.timing().electionTicks();
        return ticks + node.random().nextInt(ticks);
    }

    /** Counts a quiet tick; campaigns when the timeout runs out. */
    void onTick() {
        if (role != Role.LEADER && ++quiet >= timeout) {
            campaign();
        }
    }

    /** Phase 1(a) for the open range: a ballot above all seen, prepared here first (see Rejoin). */
    private void campaign() {
        ballot = node.ballotAbove(Ballot.max(highestSeen, ballot));
        role = Role.CANDIDATE;
        leaderId = -1;
        quiet = 0;
        timeout = randomTimeout();
        votes = new Votes();
        adopted.clear();
        Body.Prepare prepare = new Body.Prepare(ballot, log.commitIndex() + 1);
        node.out().requestAll(prepare);
    }

    /** Phase 1(b) answers; with a majority, adopt the highest-ballot proposal per slot (P2c). */
    void onPromise(Message message, Body.Promise promise) {
        if (role != Role.CANDIDATE || !promise.ballot().equals(ballot)) {
            return;
        }
        log.install(promise.snapshot());
        votes.add(message);
        if (!config.has(Mutant.NO_ADOPT)) {
            for (Entry accepted : promise.accepted()) {
                adopted.merge(accepted.slot(), accepted, (a, b) -> b.ballot().isAbove(a.ballot()) ? b : a);
            }
        }
        if (votes.reached(config)) {
            role = Role.LEADER;
            leaderId = config.id();
            leader.lead(ballot, adopted);
        }
    }

    /** The leader of {@code current} (at least this node's promise) spoke: follow it. */
    void heard(Ballot current) {
        highestSeen = Ballot.max(highestSeen, current);
        if (role != Role.FOLLOWER && !current.equals(ballot)) {
            stepDown();
        }
        leaderId = current.nodeId();
        quiet = 0;
    }

    /** A refusal: someone promised a higher ballot, so this node's phase 1 or 2 is over. */
    void onNack(Body.Nack nack) {
        highestSeen = Ballot.max(highestSeen, nack.promised());
        if (role != Role.FOLLOWER && nack.ballot().equals(ballot)) {
            stepDown();
        }
    }

    /** After promising {@code promised} as an acceptor: a lower own ballot cannot win any more. */
    void promised(Ballot promised) {
        if (role != Role.FOLLOWER && ballot.isBelow(promised)) {
            stepDown();
        }
    }

    void stepDown() {
        boolean wasLeading = role == Role.LEADER;
        role = Role.FOLLOWER;
        quiet = 0;
        timeout = randomTimeout();
        if (wasLeading) {
            onStepDown.run();
        }
    }

    /** Whether to ignore {@code prepare}: this node still hears another leader. */
    boolean sticky(Body.Prepare prepare) {
        return role == Role.FOLLOWER && leaderId >= 0 && leaderId != prepare.ballot().nodeId()
                && quiet < config.timing().electionTicks();
    }

    boolean leading() {
        return role == Role.LEADER;
    }

    /** The node clients should try: the leader this node follows, or -1. */
    int leaderHint() {
        return leaderId;
    }

    void discardVotes(int from, long incarnation) {
        votes.discard(from, incarnation);
    }
}
