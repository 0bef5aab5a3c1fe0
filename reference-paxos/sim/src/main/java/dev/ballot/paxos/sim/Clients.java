package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.history.OpType;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Reply;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Timing;
import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * Simulated clients, each with one operation at a time, recording every invocation and
 * completion as a history event. A client that hears nothing resends the same command (same
 * client id and sequence number) to another node; at its deadline it records {@code info} and,
 * as in Jepsen, its process is replaced by a fresh one.
 *
 * <p>A refusal (not the leader, rejoining) that answers the very attempt just made, when no
 * earlier attempt of the operation was taken in by any node, means nothing happened anywhere: the
 * client follows the leader hint, and after {@link #MAX_REDIRECTS} records {@code fail}. Once
 * some attempt was taken in, a refusal speaks for that one attempt only, so the client keeps
 * waiting for the others.
 *
 * <p>Workloads with {@link Workload#finalReads()} end with one read pinned to each node (as
 * Jepsen's final reads do), so that the history shows what every node finally reports.
 */
final class Clients {
    private static final int MAX_REDIRECTS = 3;

    private final Cluster cluster;
    private final Workload workload;
    private final SplittableRandom random;
    private final SimClient[] clients;
    private final Recorder recorder;
    private final ArrayDeque<Integer> finalReads = new ArrayDeque<>();
    private final int resendTicks;
    private final int deadlineTicks;
    private final int refusedRetryTicks;
    private int toInvoke;
    private int open;
    private long unique = 1;

    Clients(Cluster cluster, Recorder recorder, Workload workload, int count, int operations, Timing timing,
            SplittableRandom random) {
        this.cluster = cluster;
        this.workload = workload;
        this.random = random;
        this.toInvoke = operations;
        this.resendTicks = 2 * timing.retryTicks();
        this.deadlineTicks = timing.requestTimeoutTicks() + resendTicks;
        this.refusedRetryTicks = Math.max(1, timing.retryTicks() / 2);
        this.recorder = recorder;
        this.clients = new SimClient[count];
        for (int i = 0; i < count; i++) {
            clients[i] = new SimClient(recorder.newProcess(), random.nextInt(cluster.size()));
        }
        if (workload.finalReads()) {
            for (int node = 0; node < cluster.size(); node++) {
                finalReads.add(node);
            }
        }
        cluster.onReply(this::onReply);
    }

    /** Invokes, resends and gives up, as each client's timers say. */
    void tick() {
        long now = cluster.now();
        for (SimClient client : clients) {
            if (client.pending == null) {
                if (toInvoke > 0 && now >= client.idleUntil) {
                    toInvoke--;
                    invoke(client, workload.next(random, unique++), false);
                } else if (toInvoke == 0 && !finalReads.isEmpty()) {
                    client.node = finalReads.poll();
                    invoke(client, new Request.Read(0), true);
                }
            } else if (now >= client.deadline) {
                complete(client, OpType.INFO, client.invoke.value(), "timeout", client.node);
                client.process = recorder.newProcess();
            } else if (now >= client.resendAt) {
                boolean sameNode = client.pinned || client.attempts % 2 == 0;
                resend(client, sameNode ? client.node : random.nextInt(cluster.size()));
            }
        }
    }

    private void invoke(SimClient client, Request request, boolean pinned) {
        open++;
        client.start(new Command(client.process, ++client.seq, request), pinned,
                recorder.invoke(client, request), cluster.now() + deadlineTicks);
        resend(client, client.node);
    }

    /** Sends the pending command (again: a retry keeps its client id and sequence number). */
    private void resend(SimClient client, int node) {
        client.node = node;
        client.attempts++;
        client.resendAt = cluster.now() + resendTicks;
        client.sending = true;
        cluster.request(node, client.pending);
        if (client.sending && client.pending != null) {
            client.takenIn = true;
        }
        client.sending = false;
    }

    private void onReply(int node, Reply reply) {
        for (SimClient client : clients) {
            Command pending = client.pending;
            if (pending != null && pending.client() == reply.client() && pending.seq() == reply.seq()) {
                answer(client, reply.outcome(), node);
                return;
            }
        }
    }

    private void answer(SimClient client, Outcome outcome, int node) {
        if (outcome instanceof Outcome.Ok ok) {
            Request request = client.pending.request();
            boolean returnsValue = request instanceof Request.Read || request instanceof Request.Propose;
            complete(client, OpType.OK, returnsValue ? ok.value() : client.invoke.value(), null, node);
        } else if (outcome instanceof Outcome.Fail fail) {
            onFail(client, fail, node);
        } else if (outcome instanceof Outcome.Unknown unknown) {
            complete(client, OpType.INFO, client.invoke.value(), unknown.error(), node);
            client.process = recorder.newProcess();
        } else {
            throw new AssertionError(outcome);
        }
    }

    private void onFail(SimClient client, Outcome.Fail fail, int node) {
        boolean thisAttempt = client.sending;
        client.sending = false;
        if (!fail.refused()) {
            complete(client, OpType.FAIL, client.invoke.value(), fail.error(), node);
            return;
        }
        if (client.pinned || client.takenIn || !thisAttempt) {
            // An attempt taken in elsewhere may still take effect: keep waiting, retry a little later.
            if (!client.pinned) {
                client.node = hintOr(fail);
            }
            client.resendAt = Math.min(client.resendAt, cluster.now() + refusedRetryTicks);
        } else if (client.attempts <= MAX_REDIRECTS) {
            client.node = hintOr(fail);
            client.resendAt = cluster.now() + 1;
        } else {
            complete(client, OpType.FAIL, client.invoke.value(), fail.error(), node);
            client.idleUntil = cluster.now() + refusedRetryTicks;
        }
    }

    private int hintOr(Outcome.Fail fail) {
        return fail.leaderHint() >= 0 ? fail.leaderHint() : random.nextInt(cluster.size());
    }

    private void complete(SimClient client, OpType type, Object value, String error, int node) {
        recorder.complete(client, type, value, error, node);
        client.pending = null;
        open--;
    }

    /** Every operation invoked and completed, final reads included. */
    boolean done() {
        return toInvoke == 0 && open == 0 && finalReads.isEmpty();
    }

    int remaining() {
        return toInvoke;
    }

    History history() {
        return recorder.history();
    }
}
