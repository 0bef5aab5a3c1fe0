package dev.ballot.paxos.single;

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
import dev.ballot.paxos.Value;
import dev.ballot.paxos.role.DurableState;
import dev.ballot.paxos.role.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-decree Paxos (Paxos Made Simple §2) as a {@link Replica}: every node is proposer,
 * acceptor and learner. Clients {@code propose v} (answered with the decided value once it is
 * known, which is definite) and {@code read} (answered with the decided value, or null when a
 * phase 1 that started after the read found nothing accepted: linearizable, never local state).
 */
public final class SingleDecree implements Node.Protocol, Proposer.Listener {
    private final Node node;
    private final Learner learner;
    private final Proposer proposer;
    private final List<Command> waiting = new ArrayList<>();
    private final List<Command> readsWaiting = new ArrayList<>();
    private final List<Command> readsCovered = new ArrayList<>();

    private SingleDecree(Node node, DurableState state) {
        this.node = node;
        this.learner = new Learner(state.chosen().get(Entry.DECREE));
        this.proposer = new Proposer(node, this);
    }

    /**
     * Builds this protocol on a node: {@code Node.bootstrap(config, random, FACTORY)} on the first
     * start of a new cluster, {@code Node.recover(config, random, records, FACTORY)} on every
     * later start (an empty list of records after losing the disk).
     */
    public static final Node.ProtocolFactory FACTORY = SingleDecree::new;

    @Override
    public void onTick(Input.Tick tick) {
        proposer.onTick();
    }

    @Override
    public void onRequest(Command command) {
        Request request = command.request();
        if (learner.chosen() != null) {
            node.out().reply(command, decided());
        } else if (request instanceof Request.Propose propose) {
            waiting.add(command);
            proposer.start(new Value.Decree(propose.value()));
        } else if (request instanceof Request.Read) {
            readsWaiting.add(command);
            proposer.start(null);
        } else {
            node.out().reply(command, Outcome.Fail.refusal("the single decree takes propose and read", -1));
        }
    }

    @Override
    public void onMessage(Message message) {
        Body body = message.body();
        if (body instanceof Body.Prepare prepare) {
            node.out().send(message.from(), node.acceptor().onPrepare(prepare, node.out()));
        } else if (body instanceof Body.Accept accept) {
            Body answer = node.acceptor().onAccept(accept.proposal(), node.out());
            if (answer != null) {
                node.out().send(message.from(), answer);
            }
        } else if (body instanceof Body.Promise promise) {
            proposer.onPromise(message, promise);
        } else if (body instanceof Body.Accepted accepted) {
            proposer.onAccepted(message, accepted);
        } else if (body instanceof Body.Nack nack) {
            proposer.onNack(nack);
        } else if (body instanceof Body.Chosen chosen) {
            chosen.entries().forEach(this::learn);
        } else {
            throw new AssertionError(body);
        }
    }

    @Override
    public void preparing() {
        readsCovered.addAll(readsWaiting);
        readsWaiting.clear();
    }

    @Override
    public void nothingAccepted() {
        readsCovered.forEach(read -> node.out().reply(read, new Outcome.Ok(null)));
        readsCovered.clear();
        if (!readsWaiting.isEmpty()) {
            proposer.start(null);
        }
    }

    @Override
    public void chosen(Entry entry) {
        if (learn(entry)) {
            learner.announce(node.out());
        }
    }

    /** Learns the decree and answers every client waiting for it. */
    private boolean learn(Entry entry) {
        if (!learner.learn(entry, node)) {
            return false;
        }
        proposer.stop();
        Outcome decided = decided();
        for (List<Command> clients : List.of(waiting, readsWaiting, readsCovered)) {
            clients.forEach(client -> node.out().reply(client, decided));
            clients.clear();
        }
        return true;
    }

    private Outcome decided() {
        return new Outcome.Ok(((Value.Decree) learner.chosen().value()).value());
    }

    @Override
    public void discardVotes(int node, long incarnation) {
        proposer.discardVotes(node, incarnation);
    }

    @Override
    public List<Entry> chosen() {
        return learner.chosen() == null ? List.of() : List.of(learner.chosen());
    }

    @Override
    public Snapshot snapshot() {
        return null;
    }

    @Override
    public void rejoined(Snapshot snapshot, List<Entry> chosen) {
        chosen.forEach(this::learn);
    }

    @Override
    public void checkpoint(List<Durable> into) {
        chosen().forEach(entry -> into.add(new Durable.Chosen(entry)));
    }
}
