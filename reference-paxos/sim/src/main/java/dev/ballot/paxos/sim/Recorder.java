package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.history.HistoryBuilder;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.paxos.Request;

/**
 * Writes a simulated run's history: client invocations and completions (the completion names
 * the node that answered, so per-node properties such as stability are checkable) and the
 * nemesis' faults, as Jepsen records them. Time is the tick in nanoseconds of simulated time.
 */
final class Recorder {
    private final Workload workload;
    private final Cluster cluster;
    private final String[] nodeNames;
    private final HistoryBuilder history = new HistoryBuilder("simulation");
    private int nextProcess;

    Recorder(Workload workload, Cluster cluster) {
        this.workload = workload;
        this.cluster = cluster;
        this.nodeNames = new String[cluster.size()];
        for (int node = 0; node < nodeNames.length; node++) {
            nodeNames[node] = "n" + node;
        }
    }

    /** A fresh process id: a client whose operation ended unknown never issues another one. */
    int newProcess() {
        return nextProcess++;
    }

    Op invoke(SimClient client, Request request) {
        return add(OpType.INVOKE, client.process, Workload.f(request), Workload.value(request),
                workload.key(request), client.node, null);
    }

    void complete(SimClient client, OpType type, Object value, String error, int node) {
        Request request = client.pending.request();
        add(type, client.process, Workload.f(request), value, workload.key(request), node, error);
    }

    /** A fault the nemesis injected: {@code f} names it, {@code value} says where. */
    void fault(String f, Object value) {
        add(OpType.INFO, Op.NEMESIS, f, value, null, -1, null);
    }

    private Op add(OpType type, int process, String f, Object value, Object key, int node, String error) {
        long nanos = cluster.now() * Cluster.TICK_MILLIS * 1_000_000;
        Op op = new Op(history.size(), type, process, f, value, key, nanos, node < 0 ? null : nodeNames[node], error);
        history.add(op, history.size() + 1, 0);
        return op;
    }

    History history() {
        return history.build();
    }
}
