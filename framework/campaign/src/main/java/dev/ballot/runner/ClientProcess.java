package dev.ballot.runner;

import dev.ballot.generator.Invocation;
import dev.ballot.generator.Workload;
import dev.ballot.history.OpType;
import dev.ballot.sut.Client;
import dev.ballot.sut.Completion;
import dev.ballot.sut.Request;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One logical client process, as in Jepsen: at most one operation in flight, each recorded as an
 * invoke and a completion. Its clients (one per node it talks to, opened on first use) belong to
 * its current process id; after an {@code info} the process cannot know what happened, so it
 * closes them and continues as a fresh process, id + concurrency.
 *
 * <p>The client is not trusted either: a client that throws or returns nothing yields an
 * {@code info} (it may have sent the request), a client that cannot be opened a {@code fail}.
 */
final class ClientProcess {
    private final Cluster cluster;
    private final Recorder recorder;
    private final Workload workload;
    private final int concurrency;
    private final Duration timeout;
    private final String home;
    private final Map<String, Client> clients = new HashMap<>();
    private int process;
    private long seq;

    /** @param home the node this process talks to unless an invocation names another */
    ClientProcess(int process, String home, Cluster cluster, Recorder recorder, Workload workload,
                  int concurrency, Duration timeout) {
        this.process = process;
        this.home = home;
        this.cluster = cluster;
        this.recorder = recorder;
        this.workload = workload;
        this.concurrency = concurrency;
        this.timeout = timeout;
    }

    /** Invokes one operation, records it, and returns its outcome. */
    OpType invoke(Invocation invocation) {
        String node = invocation.node() != null ? invocation.node() : home;
        recorder.record(OpType.INVOKE, process, invocation.f(), invocation.value(),
                invocation.key(), node, null);
        Completion completion = call(node, new Request(invocation.f(), invocation.key(),
                invocation.value(), process, ++seq));
        boolean result = completion.type() == OpType.OK && workload.returnsResult(invocation.f());
        recorder.record(completion.type(), process, invocation.f(),
                result ? completion.value() : invocation.value(), invocation.key(), node,
                completion.error());
        if (completion.type() == OpType.INFO) {
            closeClients();
            process += concurrency;
        }
        return completion.type();
    }

    private Completion call(String node, Request request) {
        Client client = clients.get(node);
        if (client == null) {
            try {
                client = cluster.client(node, timeout);
                client.open();
            } catch (RuntimeException e) {
                return Completion.fail("could not open a client: " + e);
            }
            clients.put(node, client);
        }
        try {
            Completion completion = client.invoke(request);
            return completion != null ? completion : Completion.info("the client returned nothing");
        } catch (RuntimeException e) {
            return Completion.info("the client threw " + e);
        }
    }

    void closeClients() {
        for (Client client : clients.values()) {
            try {
                client.close();
            } catch (RuntimeException e) {
                // A client that cannot even close is of no further use; the process moves on.
            }
        }
        clients.clear();
    }
}
