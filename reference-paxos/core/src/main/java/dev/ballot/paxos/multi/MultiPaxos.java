package dev.ballot.paxos.multi;

import dev.ballot.paxos.Body;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Input;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Snapshot;
import dev.ballot.paxos.role.DurableState;
import dev.ballot.paxos.role.Node;
import java.util.List;

/**
 * Multi-Paxos (Paxos Made Simple §3) behind a key-value store, as a {@link Replica}. Clients send
 * {@code read}, {@code write} and {@code cas} to the leader; writes go through the log, reads
 * are answered from the leader's state once a heartbeat round confirmed it still leads (see
 * {@link ReadIndex}), so every answer is linearizable. Answers: ok (applied, with its result), fail
 * (a cas mismatch, or refused by a node that is not the leader), or unknown (not applied within
 * {@code requestTimeoutTicks}: it may still be). A retried request is applied at most once.
 */
public final class MultiPaxos implements Node.Protocol {
    /** The most chosen slots one catch-up answer carries. */
    private static final int FETCH_LIMIT = 256;

    private final Node node;
    private final KvStateMachine machine = new KvStateMachine();
    private final Log log;
    private final Leader leader;
    private final Election election;
    private final Waiting waiting = new Waiting();
    private long ticks;
    /** The last catch-up asked for, from which slot and when: not asked again while in flight. */
    private long fetchedFrom = -1;
    private long fetchedAt;

    private MultiPaxos(Node node, DurableState state) {
        this.node = node;
        this.log = new Log(node, machine, state);
        this.leader = new Leader(node, log, this::chosen);
        this.election = new Election(node, log, leader, this::leadershipLost);
    }

    /**
     * Builds this protocol on a node: {@code Node.bootstrap(config, random, FACTORY)} on the first
     * start of a new cluster, {@code Node.recover(config, random, records, FACTORY)} on every
     * later start (an empty list of records after losing the disk).
     */
    public static final Node.ProtocolFactory FACTORY = MultiPaxos::new;

    @Override
    public void onTick(Input.Tick tick) {
        ticks++;
        // Indexed loops here and below: most of these lists are empty, and an iterator over an
        // empty immutable list is still an allocation on every tick.
        List<Command> expired = waiting.expire(ticks);
        for (int i = 0; i < expired.size(); i++) {
            node.out().reply(expired.get(i), new Outcome.Unknown("timeout"));
        }
        election.onTick();
        if (election.leading() && !leader.onTick(tick.wallMillis())) {
            election.stepDown();
        }
    }

    @Override
    public void onRequest(Command command) {
        Outcome done = machine.outcomeOf(command);
        if (done != null) {
            node.out().reply(command, done);
        } else if (!election.leading()) {
            node.out().reply(command, Outcome.Fail.refusal("not the leader", election.leaderHint()));
        } else if (command.request() instanceof Request.Read read && leader.readsLocally()) {
            node.out().reply(command, machine.readLocally(read));
        } else if (!waiting.contains(command) && !machine.applied(command)) {
            waiting.add(command, ticks + node.config().timing().requestTimeoutTicks());
            if (command.request() instanceof Request.Read) {
                leader.submitRead(command);
                answerReads();
            } else {
                leader.submit(command);
            }
        }
    }

    @Override
    public void onMessage(Message message) {
        Body body = message.body();
        if (body instanceof Body.Prepare prepare) {
            onPrepare(message, prepare);
        } else if (body instanceof Body.Accept accept) {
            Body answer = node.acceptor().onAccept(accept.proposal(), node.out());
            if (answer instanceof Body.Accepted) {
                election.heard(accept.proposal().ballot());
            }
            if (answer != null) {
                node.out().send(message.from(), answer);
            }
        } else if (body instanceof Body.Promise promise) {
            election.onPromise(message, promise);
        } else if (body instanceof Body.Accepted accepted) {
            leader.onAccepted(message, accepted);
        } else if (body instanceof Body.Nack nack) {
            election.onNack(nack);
        } else if (body instanceof Body.Chosen chosen) {
            answer(log.install(chosen.snapshot()));
            chosen.entries().forEach(log::learn);
            applyChosen();
        } else if (body instanceof Body.Heartbeat heartbeat) {
            onHeartbeat(message, heartbeat);
        } else if (body instanceof Body.HeartbeatAck ack) {
            leader.onHeartbeatAck(message, ack);
            answerReads();
        } else if (body instanceof Body.Fetch fetch) {
            Snapshot snapshot = fetch.fromSlot() <= log.snapshotSlot() ? log.snapshot() : null;
            long from = Math.max(fetch.fromSlot(), log.snapshotSlot() + 1);
            node.out().send(message.from(), new Body.Chosen(snapshot, log.entriesFrom(from, FETCH_LIMIT)));
        } else {
            throw new AssertionError(body);
        }
    }

    /** Phase 1(b), with the snapshot attached when the candidate asks from a compacted slot. */
    private void onPrepare(Message message, Body.Prepare prepare) {
        if (election.sticky(prepare)) {
            return;
        }
        Body answer = node.acceptor().onPrepare(prepare, node.out());
        if (answer instanceof Body.Promise promise && prepare.fromSlot() <= node.acceptor().compactedUpTo()) {
            answer = new Body.Promise(promise.ballot(), promise.accepted(), log.snapshot());
        }
        election.promised(node.acceptor().promised());
        node.out().send(message.from(), answer);
    }

    /** A leader that is not behind this node's promise: follow it, and catch up if behind. */
    private void onHeartbeat(Message message, Body.Heartbeat heartbeat) {
        if (heartbeat.ballot().isBelow(node.acceptor().promised())) {
            node.out().send(message.from(), new Body.Nack(heartbeat.ballot(), node.acceptor().promised()));
            return;
        }
        election.heard(heartbeat.ballot());
        node.out().send(message.from(), new Body.HeartbeatAck(heartbeat.ballot(), heartbeat.seq()));
        long from = log.commitIndex() + 1;
        boolean asked = from == fetchedFrom && ticks - fetchedAt < node.config().timing().retryTicks();
        if (heartbeat.commitIndex() >= from && !asked) {
            // Heartbeats come faster than a catch-up answer: asking on each would fetch it twice.
            fetchedFrom = from;
            fetchedAt = ticks;
            node.out().send(message.from(), new Body.Fetch(from));
        }
    }

    /** The leader saw a majority accept {@code entry}: learn it, tell the other learners (§3). */
    private void chosen(Entry entry) {
        if (log.learn(entry)) {
            node.out().toPeers(new Body.Chosen(null, List.of(entry)));
        }
        applyChosen();
    }

    private void applyChosen() {
        answer(log.applyReady());
        log.maybeCompact();
        answerReads();
    }

    /** Answers the reads whose leadership round is confirmed and whose read index is applied. */
    private void answerReads() {
        List<Command> ready = leader.readsReady();
        for (int i = 0; i < ready.size(); i++) {
            Command read = ready.get(i);
            if (waiting.remove(read)) {
                node.out().reply(read, machine.readLocally((Request.Read) read.request()));
            }
        }
    }

    /** Answers the waiting clients among {@code applied}, with what the state machine said. */
    private void answer(List<Command> applied) {
        for (int i = 0; i < applied.size(); i++) {
            Command command = applied.get(i);
            if (waiting.remove(command)) {
                Outcome outcome = machine.outcomeOf(command);
                node.out().reply(command, outcome != null ? outcome : new Outcome.Unknown("superseded"));
            }
        }
    }

    /** Commands never proposed certainly did not happen; proposed ones wait for their slot. */
    private void leadershipLost() {
        for (Command command : leader.stepDown()) {
            waiting.remove(command);
            node.out().reply(command, Outcome.Fail.refusal("lost leadership", election.leaderHint()));
        }
    }

    @Override
    public void discardVotes(int from, long incarnation) {
        election.discardVotes(from, incarnation);
        leader.discardVotes(from, incarnation);
    }

    @Override
    public List<Entry> chosen() {
        return log.entriesFrom(log.snapshotSlot() + 1, Integer.MAX_VALUE);
    }

    @Override
    public Snapshot snapshot() {
        return log.snapshot();
    }

    @Override
    public void rejoined(Snapshot snapshot, List<Entry> chosen) {
        answer(log.install(snapshot));
        chosen.forEach(log::learn);
        applyChosen();
    }

    @Override
    public void checkpoint(List<Durable> into) {
        log.checkpoint(into);
    }
}
