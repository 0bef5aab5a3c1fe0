package dev.ballot.paxos.multi;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Value;
import dev.ballot.paxos.role.Node;
import dev.ballot.paxos.role.Votes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The distinguished proposer of Paxos Made Simple §3 once its phase 1 succeeded: it skips phase 1
 * for every later slot and runs phase 2 only, with up to {@code window} slots in flight
 * (pipelining) and up to {@code maxBatch} client commands per slot (batching). Lost messages are
 * covered by resending a slot's accept after {@code retryTicks}. It sends heartbeats and gives up
 * leadership when a majority has not answered one for {@code electionTicks} (so a leader cut off
 * in a minority stops taking requests; the read mutants skip this, see {@link #keepsLeadingUnconfirmed}).
 */
final class Leader {

    private static final class InFlight {
        final Entry proposal;
        final Votes votes = new Votes();
        int sentAt;

        InFlight(Entry proposal, int sentAt) {
            this.proposal = proposal;
            this.sentAt = sentAt;
        }
    }

    private final Node node;
    private final Config config;
    private final Log log;
    private final Consumer<Entry> onChosen;
    private final TreeMap<Long, InFlight> inFlight = new TreeMap<>();
    private final ArrayDeque<Command> pending = new ArrayDeque<>();
    private final Set<Integer> heard = new HashSet<>();
    private final Lease lease;
    private final ReadIndex reads;
    private Ballot ballot;
    private boolean active;
    private long nextSlot;
    private long openRangeEnd;
    private int ticks;
    /**
     * No slot in flight is due for a resend before this tick: the earliest send plus
     * {@code retryTicks}, or earlier. Spares walking the slots in flight on every tick.
     */
    private int resendDue = Integer.MAX_VALUE;

    Leader(Node node, Log log, Consumer<Entry> onChosen) {
        this.node = node;
        this.config = node.config();
        this.log = log;
        this.onChosen = onChosen;
        this.lease = new Lease(config);
        this.reads = new ReadIndex(config);
    }

    /**
     * Phase 2 for the open range after a phase 1 at {@code won} (§3): every slot from the first
     * unchosen one up to the highest reported gets the adopted value (P2c), or a no-op if no
     * acceptor of the quorum accepted anything there.
     */
    void lead(Ballot won, TreeMap<Long, Entry> adopted) {
        ballot = won;
        active = true;
        inFlight.clear();
        heard.clear();
        lease.reset();
        reads.clear();
        long last = Math.max(adopted.isEmpty() ? 0 : adopted.lastKey(), log.highestChosen());
        for (long slot = log.commitIndex() + 1; slot <= last; slot++) {
            Entry accepted = adopted.get(slot);
            if (log.chosenAt(slot) == null) {
                propose(slot, accepted != null ? accepted.value() : new Value.Noop());
            }
        }
        nextSlot = Math.max(last, log.commitIndex()) + 1;
        openRangeEnd = nextSlot - 1;
        heartbeat();
    }

    void submit(Command command) {
        pending.add(command);
        fill();
    }

    /** Takes in a read to answer by {@link #readsReady}; starts a confirming round if none is out. */
    void submitRead(Command read) {
        if (reads.add(read)) {
            confirmReads();
        }
    }

    /**
     * One heartbeat confirms leadership for every queued read. The read index is noted now, after
     * the reads arrived: see {@link ReadIndex} for why this makes the answers linearizable.
     */
    private void confirmReads() {
        long index = Math.max(log.commitIndex(), openRangeEnd);
        reads.start(heartbeat(), index);
    }

    /** The reads that may now be answered from local state; starts the next round if reads wait. */
    List<Command> readsReady() {
        List<Command> ready = active ? reads.ready(log.commitIndex()) : List.of();
        if (active && reads.waiting()) {
            confirmReads();
        }
        return ready;
    }

    /** Proposes pending commands while the window has room, batching what is queued. */
    private void fill() {
        while (active && inFlight.size() < config.timing().window() && !pending.isEmpty()) {
            List<Command> batch = new ArrayList<>();
            while (!pending.isEmpty() && batch.size() < config.timing().maxBatch()) {
                batch.add(pending.poll());
            }
            propose(nextSlot++, new Value.Batch(batch));
        }
    }

    private void propose(long slot, Value value) {
        InFlight proposal = new InFlight(new Entry(slot, ballot, value), ticks);
        inFlight.put(slot, proposal);
        resendDue = Math.min(resendDue, ticks + config.timing().retryTicks());
        node.out().requestAll(new Body.Accept(proposal.proposal, log.commitIndex()));
    }

    /** Phase 2(b) answers: a majority for the same ballot means the slot is chosen. */
    void onAccepted(Message message, Body.Accepted accepted) {
        InFlight proposal = active && accepted.ballot().equals(ballot) ? inFlight.get(accepted.slot()) : null;
        if (proposal == null) {
            return;
        }
        proposal.votes.add(message);
        if (proposal.votes.reached(config)) {
            inFlight.remove(accepted.slot());
            onChosen.accept(proposal.proposal);
            fill();
        }
    }

    /** One tick: resend stale accepts, heartbeat; false if a majority stopped answering. */
    boolean onTick(long wallMillis) {
        ticks++;
        lease.tick(wallMillis);
        if (ticks >= resendDue) {
            resendStale();
        }
        if (ticks % config.timing().heartbeatTicks() == 0) {
            heartbeat();
        }
        if (ticks % config.timing().electionTicks() == 0) {
            boolean majority = heard.size() + 1 >= config.quorum();
            heard.clear();
            return majority || keepsLeadingUnconfirmed();
        }
        return true;
    }

    /** Resends the accepts that went unanswered for {@code retryTicks}; notes when the next is due. */
    private void resendStale() {
        int retry = config.timing().retryTicks();
        resendDue = Integer.MAX_VALUE;
        for (InFlight proposal : inFlight.values()) {
            if (ticks - proposal.sentAt >= retry) {
                proposal.sentAt = ticks;
                node.out().requestPeers(new Body.Accept(proposal.proposal, log.commitIndex()));
            }
            resendDue = Math.min(resendDue, proposal.sentAt + retry);
        }
    }

    /**
     * Whether this leader goes on leading although no majority answered it for an election
     * period. The correct protocol never does. The read mutants do, because their local reads
     * stand in for that check: {@link Mutant#STALE_READ} believes it leads until it hears a higher
     * ballot (a Raft leader without check-quorum), and {@link Mutant#CLOCK_LEASE} believes it
     * while its wall-clock lease holds. Without this, the check itself would bound how long a
     * deposed leader answers reads, and the mutants would be a far smaller mistake.
     */
    private boolean keepsLeadingUnconfirmed() {
        return config.has(Mutant.STALE_READ) || lease.valid();
    }

    /** Sends a heartbeat; returns its sequence number. */
    private long heartbeat() {
        long seq = lease.sent();
        node.out().toPeers(new Body.Heartbeat(ballot, log.commitIndex(), seq));
        return seq;
    }

    void onHeartbeatAck(Message message, Body.HeartbeatAck ack) {
        if (active && ack.ballot().equals(ballot)) {
            heard.add(message.from());
            lease.acked(message, ack.seq());
            reads.acked(message.from(), message.incarnation(), ack.seq());
        }
    }

    /**
     * Whether a read may be answered from local state: under {@link Mutant#STALE_READ} always;
     * under {@link Mutant#CLOCK_LEASE} while the lease holds by this node's wall clock. The
     * correct protocol never does: a read waits for a {@link ReadIndex} round. Even a lease holder must first have
     * applied the open range it took over, or it would miss writes its predecessor completed.
     */
    boolean readsLocally() {
        return config.has(Mutant.STALE_READ) || (lease.valid() && log.commitIndex() >= openRangeEnd);
    }

    /** Stops leading; returns the commands never proposed (they certainly did not happen). */
    List<Command> stepDown() {
        active = false;
        inFlight.clear();
        List<Command> unproposed = new ArrayList<>(pending);
        pending.clear();
        unproposed.addAll(reads.clear());
        return unproposed;
    }

    void discardVotes(int from, long incarnation) {
        inFlight.values().forEach(proposal -> proposal.votes.discard(from, incarnation));
        lease.discard(from, incarnation);
        reads.discard(from, incarnation);
    }

    boolean active() {
        return active;
    }
}
