package dev.ballot.paxos.sim;

import dev.ballot.paxos.Command;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Input;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.Reply;
import dev.ballot.paxos.Timing;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * N replicas on one simulated network, driven one tick at a time from a single thread. The shell
 * contract is kept exactly, and no more: a step's proposer requests reach the network first, then
 * its records reach the node's disk (lazy ones are lost in a crash until a later step forces
 * them), then its other messages reach the network. Faults are methods: crash, restart, wipe, cut, skew, pause and resume.
 */
public final class Cluster {
    /** Milliseconds of wall clock per tick. */
    public static final long TICK_MILLIS = 10;

    /** Where client replies go. */
    public interface ReplyListener {
        void onReply(int node, Reply reply);
    }

    private final SimNode[] nodes;
    private final Net net;
    private final Monitor monitor;
    private ReplyListener listener = (node, reply) -> { };
    private long now;

    public Cluster(int size, Set<Mutant> mutants, Timing timing, Replicas replicas, Net net,
                   Monitor monitor, SplittableRandom random) {
        this.net = net;
        this.monitor = monitor;
        this.nodes = new SimNode[size];
        for (int id = 0; id < size; id++) {
            nodes[id] = new SimNode(new Config(id, size, mutants, timing), replicas, random.split());
        }
    }

    public void onReply(ReplyListener replyListener) {
        this.listener = replyListener;
    }

    /** Delivers every message due, then ticks every node that is up, and advances time. */
    public void tick() {
        deliverDue();
        for (SimNode node : nodes) {
            if (node.up() && !node.paused) {
                handle(node, new Input.Tick(now * TICK_MILLIS + node.clockOffsetMillis));
            }
        }
        now++;
    }

    /** Delivers the messages due now; to nodes that are down they are lost. */
    public void deliverDue() {
        for (Message message = net.next(now); message != null; message = net.next(now)) {
            SimNode to = nodes[message.to()];
            if (to.up()) {
                offer(to, new Input.Receive(message));
            }
        }
    }

    /** A client's request reaches {@code node}; lost if it is down. */
    public void request(int node, Command command) {
        if (nodes[node].up()) {
            offer(nodes[node], new Input.ClientRequest(command));
        }
    }

    /** Hands {@code input} to a node that is up, or holds it while the node is paused. */
    private void offer(SimNode node, Input input) {
        if (node.paused) {
            node.held.add(input);
        } else {
            handle(node, input);
        }
    }

    private void handle(SimNode node, Input input) {
        Ready ready = node.step(input);
        if (ready.isEmpty()) {
            return;
        }
        monitor.observe(node.id, node.replica().incarnation(), ready, now);
        // Indexed loops: a step's lists are short, and iterators were a tenth of the allocations.
        List<Message> early = ready.sendBeforePersist();
        for (int i = 0; i < early.size(); i++) {
            net.send(early.get(i), now);
        }
        if (node.crashAfterNextPersist && !ready.persist().isEmpty()) {
            // A step that sent requests may crash before its fsync too: they are out either way.
            // Without requests, such a crash would be one before the step, nothing new.
            if (ready.sendBeforePersist().isEmpty() || node.crashesAfterForce()) {
                node.persist(ready);
            }
            node.crash();
            return;
        }
        node.persist(ready);
        List<Message> send = ready.send();
        for (int i = 0; i < send.size(); i++) {
            net.send(send.get(i), now);
        }
        List<Reply> replies = ready.replies();
        for (int i = 0; i < replies.size(); i++) {
            listener.onReply(node.id, replies.get(i));
        }
    }

    public void crash(int node) {
        nodes[node].crash();
    }

    /**
     * The node crashes in the next step that persists something: its proposer requests are out,
     * its other messages not; its records are forced, or lost at random if requests went out.
     */
    public void crashAfterNextPersist(int node) {
        nodes[node].crashAfterNextPersist = true;
    }

    /** The node stops taking ticks and input (its process is stopped, as by SIGSTOP). */
    public void pause(int node) {
        nodes[node].paused = true;
    }

    /** The node runs again and first handles, in order, everything that reached it meanwhile. */
    public void resume(int node) {
        SimNode paused = nodes[node];
        paused.paused = false;
        for (Input input = paused.held.poll(); input != null && paused.up() && !paused.paused; input = paused.held.poll()) {
            handle(paused, input);
        }
    }

    public boolean paused(int node) {
        return nodes[node].paused;
    }

    public void restart(int node) {
        nodes[node].restart();
        monitor.restarted(node);
    }

    /** Crashes the node and loses its disk; {@link #restart} then starts an amnesiac. */
    public void wipe(int node) {
        nodes[node].wipe();
    }

    public void cut(int from, int to, boolean cut) {
        net.cut(from, to, cut);
    }

    public void skew(int node, long deltaMillis) {
        nodes[node].clockOffsetMillis += deltaMillis;
    }

    public boolean up(int node) {
        return nodes[node].up();
    }

    /** The node's replica, or null while it is down. */
    public Replica replica(int node) {
        return nodes[node].replica();
    }

    public int size() {
        return nodes.length;
    }

    public long now() {
        return now;
    }

    public Monitor monitor() {
        return monitor;
    }
}
