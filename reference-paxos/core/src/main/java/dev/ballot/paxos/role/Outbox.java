package dev.ballot.paxos.role;

import dev.ballot.paxos.Applied;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Reply;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what one step produces, to be handed back as a {@link Ready}. Messages a node sends to
 * itself never leave it: they wait in a local queue that the node drains before the step ends,
 * which is safe because nothing of the step that depends on them is visible outside before its
 * records are persisted. The proposer's requests ({@link #request}) are the exception the
 * {@link Ready} contract allows: they may leave before the step's records are durable.
 */
public final class Outbox {
    private static final Ready NOTHING =
            new Ready(List.of(), false, List.of(), List.of(), List.of(), List.of(), List.of());

    private final int self;
    private final int clusterSize;
    private long incarnation;
    private final List<Durable> persist = new ArrayList<>();
    private boolean sync;
    private final List<Message> early = new ArrayList<>();
    private final List<Message> send = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();
    private final List<Entry> learned = new ArrayList<>();
    private final List<Applied> applied = new ArrayList<>();
    private final ArrayDeque<Message> local = new ArrayDeque<>();

    public Outbox(int self, int clusterSize, long incarnation) {
        this.self = self;
        this.clusterSize = clusterSize;
        this.incarnation = incarnation;
    }

    public int self() {
        return self;
    }

    void incarnation(long id) {
        incarnation = id;
    }

    /** A record that must be durable before this step's messages (but requests) and replies. */
    public void persist(Durable record) {
        persist.add(record);
        sync = true;
    }

    /** A record a crash may lose: see {@link Durable.Chosen} for when that is safe. */
    public void persistLazily(Durable record) {
        persist.add(record);
    }

    /** A message that leaves only once this step's records are durable. */
    public void send(int to, Body body) {
        send(to, body, send);
    }

    /**
     * A proposer's phase-1(a) or phase-2(a) request, which may leave before this step's records
     * are durable (see {@link Ready} for why that is safe, and for what it may not carry).
     */
    public void request(int to, Body body) {
        send(to, body, early);
    }

    private void send(int to, Body body, List<Message> into) {
        Message message = new Message(self, to, incarnation, body);
        if (to == self) {
            local.add(message);
        } else {
            into.add(message);
        }
    }

    /** Sends to every node but this one. */
    public void toPeers(Body body) {
        for (int node = 0; node < clusterSize; node++) {
            if (node != self) {
                send(node, body);
            }
        }
    }

    /** A proposer's request to every node, this one first (its own vote is recorded in this step). */
    public void requestAll(Body body) {
        request(self, body);
        requestPeers(body);
    }

    /** A proposer's request to every node but this one. */
    public void requestPeers(Body body) {
        for (int node = 0; node < clusterSize; node++) {
            if (node != self) {
                request(node, body);
            }
        }
    }

    public void reply(Command command, Outcome outcome) {
        replies.add(new Reply(command.client(), command.seq(), outcome));
    }

    public void learned(Entry entry) {
        learned.add(entry);
    }

    public void applied(Applied command) {
        applied.add(command);
    }

    /** The next message this node sent to itself, or null. */
    Message nextLocal() {
        return local.poll();
    }

    /**
     * Everything collected since the last call. Most steps (a tick of a follower) produce nothing,
     * so an empty step allocates nothing, and only non-empty lists are copied.
     */
    Ready drain() {
        if (persist.isEmpty() && early.isEmpty() && send.isEmpty() && replies.isEmpty() && learned.isEmpty()
                && applied.isEmpty()) {
            return NOTHING;
        }
        boolean synced = sync;
        sync = false;
        return new Ready(take(persist), synced, take(early), take(send), take(replies), take(learned), take(applied));
    }

    private static <T> List<T> take(List<T> collected) {
        List<T> taken = switch (collected.size()) {
            case 0 -> List.of();
            // Most steps collect one or two of a kind: List.of takes them without an array between.
            case 1 -> List.of(collected.get(0));
            case 2 -> List.of(collected.get(0), collected.get(1));
            default -> List.copyOf(collected);
        };
        collected.clear();
        return taken;
    }
}
