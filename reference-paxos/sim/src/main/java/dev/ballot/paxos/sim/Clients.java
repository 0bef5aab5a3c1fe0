package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.history.HistoryBuilder;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Reply;
import dev.ballot.paxos.Request;
import java.util.SplittableRandom;

/**
 * Simulated clients, each with one operation at a time, recording every invocation and
 * completion as a history event. A client that hears nothing resends the same command (same
 * client id and sequence number) to another node; at its deadline it records {@code info} and,
 * as in Jepsen, its process is replaced by a fresh one.
 */
final class Clients {
    private static final int RESEND_TICKS = 40;
    private static final int DEADLINE_TICKS = 300;
    private static final int REFUSED_RETRY_TICKS = 10;

    private final class Client {
        int process;
        long seq;
        Command pending;
        Op invoke;
        int node;
        int attempts;
        long idleUntil;
        long resendAt;
        long deadline;
    }

    private final Cluster cluster;
    private final Workload workload;
    private final SplittableRandom random;
    private final Client[] clients;
    private final HistoryBuilder history = new HistoryBuilder("simulation");
    private int toInvoke;
    private int open;
    private int nextProcess;
    private long unique = 1;

    Clients(Cluster cluster, Workload workload, int count, int operations, SplittableRandom random) {
        this.cluster = cluster;
        this.workload = workload;
        this.random = random;
        this.toInvoke = operations;
        this.clients = new Client[count];
        for (int i = 0; i < count; i++) {
            clients[i] = new Client();
            clients[i].process = nextProcess++;
            clients[i].node = random.nextInt(cluster.size());
        }
        cluster.onReply(this::onReply);
    }

    /** Invokes, resends and gives up, as each client's timers say. */
    void tick() {
        long now = cluster.now();
        for (Client client : clients) {
            if (client.pending == null && toInvoke > 0 && now >= client.idleUntil) {
                invoke(client, now);
            } else if (client.pending != null && now >= client.deadline) {
                complete(client, OpType.INFO, client.invoke.value(), "timeout");
                client.process = nextProcess++;
            } else if (client.pending != null && now >= client.resendAt) {
                resend(client, client.attempts % 2 == 0 ? client.node : random.nextInt(cluster.size()));
            }
        }
    }

    private void invoke(Client client, long now) {
        toInvoke--;
        open++;
        Request request = workload.next(random, unique++);
        client.pending = new Command(client.process, ++client.seq, request);
        client.invoke = event(OpType.INVOKE, client, Workload.value(request), null);
        client.deadline = now + DEADLINE_TICKS;
        client.attempts = 0;
        resend(client, client.node);
    }

    /** Sends the pending command (again: a retry keeps its client id and sequence number). */
    private void resend(Client client, int node) {
        client.node = node;
        client.attempts++;
        client.resendAt = cluster.now() + RESEND_TICKS;
        cluster.request(node, client.pending);
    }

    private void onReply(int node, Reply reply) {
        for (Client client : clients) {
            Command pending = client.pending;
            if (pending != null && pending.client() == reply.client() && pending.seq() == reply.seq()) {
                answer(client, reply.outcome());
                return;
            }
        }
    }

    private void answer(Client client, Outcome outcome) {
        if (outcome instanceof Outcome.Ok ok) {
            Object value = client.pending.request() instanceof Request.Read
                    || client.pending.request() instanceof Request.Propose ? ok.value() : client.invoke.value();
            complete(client, OpType.OK, value, null);
        } else if (outcome instanceof Outcome.Fail fail) {
            int next = fail.leaderHint() >= 0 ? fail.leaderHint() : random.nextInt(cluster.size());
            if (fail.refused() && client.attempts > 1) {
                // Refused here, but an earlier attempt elsewhere may still take effect: keep
                // waiting, and try the hinted node a little later.
                client.node = next;
                client.resendAt = Math.min(client.resendAt, cluster.now() + REFUSED_RETRY_TICKS);
                return;
            }
            complete(client, OpType.FAIL, client.invoke.value(), fail.error());
            client.node = next;
            client.idleUntil = cluster.now() + (fail.refused() ? REFUSED_RETRY_TICKS : 0);
        } else if (outcome instanceof Outcome.Unknown unknown) {
            complete(client, OpType.INFO, client.invoke.value(), unknown.error());
            client.process = nextProcess++;
        } else {
            throw new AssertionError(outcome);
        }
    }

    private void complete(Client client, OpType type, Object value, String error) {
        event(type, client, value, error);
        client.pending = null;
        open--;
    }

    private Op event(OpType type, Client client, Object value, String error) {
        Request request = client.pending.request();
        long nanos = cluster.now() * Cluster.TICK_MILLIS * 1_000_000;
        Op op = new Op(history.size(), type, client.process, Workload.f(request), value,
                workload.key(request), nanos, "n" + client.node, error);
        history.add(op, history.size() + 1, 0);
        return op;
    }

    /** Every operation invoked and completed. */
    boolean done() {
        return toInvoke == 0 && open == 0;
    }

    int remaining() {
        return toInvoke;
    }

    History history() {
        return history.build();
    }
}
