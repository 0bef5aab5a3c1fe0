package dev.ballot.paxos.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ballot.paxos.server.local.LocalCluster;
import dev.ballot.paxos.server.local.NodeClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A test's handle on a local cluster of real node processes: start, kill, wipe, wait for health
 * and leaders by polling (never by fixed sleeps), and operations that retry until definite.
 */
final class Nodes implements AutoCloseable {
    /** Quick-starting JVMs: these tests measure nothing, and start many processes. */
    private static final List<String> JVM = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto");
    private static final AtomicLong CLIENTS = new AtomicLong(1000);

    final LocalCluster cluster;
    final NodeClient client;
    private final long clientId = CLIENTS.incrementAndGet();
    private long seq;

    Nodes(Path base, String mode) {
        this(base, mode, 3);
    }

    Nodes(Path base, String mode, int size) {
        this.cluster = new LocalCluster(base, size, JVM, List.of("--mode", mode, "--tick-ms", "10"));
        List<java.net.URI> uris = new ArrayList<>();
        for (int id = 0; id < cluster.size(); id++) {
            uris.add(cluster.uri(id));
        }
        this.client = new NodeClient(uris);
    }

    /**
     * How long a node may take to serve after a start: a bound, not a measurement. Starting JVMs
     * on a busy 2-core machine can take many seconds; only a node that never serves fails.
     */
    static final long START_MS = 60_000;

    /** Polls {@code GET /health} of node {@code id} until 200, or fails after {@code millis}. */
    void awaitHealthy(int id, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            try {
                if (client.get(id, "/health").code() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        fail("node " + id + " not healthy within " + millis + " ms; see " + cluster.data(id).resolveSibling("node" + id + ".out"));
    }

    /** The leader that every running node agrees on, once they do. */
    int awaitLeader(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            String agreed = null;
            boolean all = true;
            for (int id = 0; id < cluster.size() && all; id++) {
                if (cluster.running(id)) {
                    String leader = leaderSeenBy(id);
                    all = !leader.isEmpty() && (agreed == null || agreed.equals(leader));
                    agreed = leader;
                }
            }
            if (all && agreed != null) {
                return Integer.parseInt(agreed);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no leader agreed on within " + millis + " ms");
    }

    private String leaderSeenBy(int id) {
        try {
            return client.get(id, "/status").body().path("leader").asText("");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * Runs {@code f} on {@code key} at the leader with a fresh sequence number, retrying the same
     * (client, seq) after an unknown outcome (the node suppresses the duplicate), and returns the
     * definite answer's JSON as text: {@code ok:VALUE} or {@code fail}.
     */
    String op(String f, long key, String value) throws InterruptedException {
        long mine = ++seq;
        String body = "{\"f\":\"" + f + "\",\"key\":" + key + (value == null ? "" : ",\"value\":" + value)
                + ",\"client\":" + clientId + ",\"seq\":" + mine + "}";
        for (int attempt = 0; attempt < 20; attempt++) {
            NodeClient.Response response = client.toLeader(body, 100);
            if (response != null && !"info".equals(response.type())) {
                assertEquals(200, response.code(), response.body().toString());
                return response.type().equals("ok") ? "ok:" + response.body().path("value").asText() : response.type();
            }
        }
        throw new AssertionError("no definite answer to " + body);
    }

    @Override
    public void close() {
        cluster.close();
    }
}
