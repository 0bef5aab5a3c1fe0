package dev.ballot.paxos.server;

import dev.ballot.paxos.server.local.Costs;
import dev.ballot.paxos.server.local.Latencies;
import dev.ballot.paxos.server.local.LeaderClient;
import dev.ballot.paxos.server.local.LocalCluster;
import dev.ballot.paxos.server.local.NodeClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures a local multi-Paxos cluster: starts {@code --nodes} real node processes on loopback
 * (fsync on, as always), runs {@code --clients} concurrent HTTP clients doing 50/50 reads and
 * writes on {@code --keys} keys for {@code --seconds} after {@code --warmup} seconds, and prints
 * throughput, latency, and the CPU time and fsyncs each operation cost. Each client follows the
 * leader over its own kept-alive connections (a lean HTTP client, so that the measuring side
 * costs little of the machine's CPU).
 *
 * <pre>java -cp paxos-node.jar dev.ballot.paxos.server.Bench --nodes 3 --clients 32 --keys 100 --seconds 20</pre>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>(Map.of("--nodes", "3", "--clients", "32", "--keys", "100",
                "--seconds", "20", "--warmup", "5", "--seed", "1", "--heap", "256m",
                "--window", String.valueOf(Options.DEFAULT_WINDOW)));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!options.containsKey(args[i]) && !args[i].equals("--dir")) {
                System.err.println("unknown option " + args[i] + "; options: " + options.keySet() + " --dir");
                System.exit(2);
            }
            options.put(args[i], args[i + 1]);
        }
        Path dir = options.containsKey("--dir") ? Path.of(options.get("--dir")) : Files.createTempDirectory("paxos-bench");
        int nodes = Integer.parseInt(options.get("--nodes"));
        try (LocalCluster cluster = new LocalCluster(dir, nodes,
                List.of("-Xmx" + options.get("--heap"), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), List.of("--mode", "multi", "--window", options.get("--window")))) {
            cluster.bootstrap();
            List<URI> uris = new ArrayList<>();
            for (int id = 0; id < nodes; id++) {
                uris.add(cluster.uri(id));
            }
            NodeClient client = new NodeClient(uris);
            awaitHealthy(client, nodes);
            System.out.printf("cluster of %d up in %s; warming up %s s%n", nodes, dir, options.get("--warmup"));
            Target target = new Target(cluster, client, uris);
            run(target, options, Long.parseLong(options.get("--warmup")), false);
            run(target, options, Long.parseLong(options.get("--seconds")), true);
        }
    }

    /** The cluster under test: its processes, a client for its status, its API addresses. */
    private record Target(LocalCluster cluster, NodeClient client, List<URI> uris) {
        Costs costs() throws InterruptedException {
            return Costs.of(cluster, client);
        }
    }

    private static void awaitHealthy(NodeClient client, int nodes) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (int id = 0; id < nodes; id++) {
            while (true) {
                try {
                    if (client.get(id, "/health").code() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("node " + id + " did not become healthy");
                }
                Thread.sleep(100);
            }
        }
    }

    /** Runs the clients for {@code seconds}; prints the results if {@code report}. */
    private static void run(Target cluster, Map<String, String> options, long seconds, boolean report)
            throws InterruptedException {
        int clients = Integer.parseInt(options.get("--clients"));
        int keys = Integer.parseInt(options.get("--keys"));
        long seed = Long.parseLong(options.get("--seed"));
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Costs before = cluster.costs();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Latencies mine = new Latencies();
            latencies.add(mine);
            long clientId = (report ? 1_000_000L : 0) + c;
            SplittableRandom random = new SplittableRandom(seed * 7919 + clientId);
            Thread thread = new Thread(() -> client(cluster.uris(), clientId, random, keys, end, mine, outcomes));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (report) {
            Latencies all = Latencies.merge(latencies);
            System.out.printf("%d ops in %.1f s: %.0f ops/s; latency ms p50 %.2f p99 %.2f max %.2f; outcomes %s%n",
                    all.size(), elapsed, all.size() / elapsed, all.quantileMillis(0.5), all.quantileMillis(0.99),
                    all.quantileMillis(1.0), new TreeMap<>(outcomes));
            System.out.println(cluster.costs().since(before, all.size()));
        }
    }

    private static void client(List<URI> uris, long clientId, SplittableRandom random, int keys, long end,
                               Latencies latencies, Map<String, LongAdder> outcomes) {
        long seq = 0;
        try (LeaderClient client = new LeaderClient(uris, 5000)) {
            while (System.nanoTime() < end) {
                long key = random.nextInt(keys);
                String op = random.nextBoolean()
                        ? "\"f\":\"read\",\"key\":" + key
                        : "\"f\":\"write\",\"key\":" + key + ",\"value\":" + random.nextInt(1_000_000);
                String body = "{" + op + ",\"client\":" + clientId + ",\"seq\":" + ++seq + "}";
                long start = System.nanoTime();
                String type = client.op(body, 50);
                latencies.add(System.nanoTime() - start);
                outcomes.computeIfAbsent(type, t -> new LongAdder()).increment();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
