package dev.ballot.cli;

import dev.ballot.history.OpType;
import dev.ballot.sut.Client;
import dev.ballot.sut.Completion;
import dev.ballot.sut.HttpJsonClients;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.NodeIds;
import dev.ballot.sut.Request;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code client} suite of {@code ballot bench}: what the HTTP/JSON client path costs per
 * operation, the path every operation of a campaign against the reference cluster takes
 * ({@link HttpJsonClients}, as the reference system makes its clients: a request encoded, sent
 * over a kept-alive connection, the reply read and parsed, the leader's hint looked at). The node
 * is {@link ClientBenchNode}, in a JVM of its own on loopback, answering at once; so the CPU time
 * this JVM spends while C threads call it as fast as they can is the client path's, with the
 * kernel's share of the loopback traffic on this side. Every reply must be the request's own
 * {@code ok}, or the command fails.
 */
final class ClientBench {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration WARMUP_ROUND = Duration.ofSeconds(1);
    /**
     * Warm-up lasts until the JVM has spent {@link CpuSampler#WARM_UP_CPU_NANOS} and made this
     * many requests, enough for the JIT to compile the request path fully.
     */
    private static final long WARMUP_REQUESTS = 30_000;
    private static final int KEYS = 5;

    private final PrintWriter out;
    private final Duration duration;
    private final List<Integer> levels;
    private final boolean warmup;

    ClientBench(PrintWriter out, Duration duration, List<Integer> levels, boolean warmup) {
        this.out = out;
        this.duration = duration;
        this.levels = levels;
        this.warmup = warmup;
    }

    /** Runs every level and prints a table; returns whether every reply was right. */
    boolean run() throws IOException, InterruptedException {
        Process node = startNode();
        try {
            NodeAddress address = new NodeAddress("n1", "127.0.0.1", port(node));
            out.printf("client: the reference's HTTP/JSON client (kept-alive connection, JSON both"
                    + " ways, leader hints)%nagainst a node in another JVM on loopback (%s) that"
                    + " answers at once; %.1f s per level, %d CPUs%n", address,
                    duration.toMillis() / 1e3, Runtime.getRuntime().availableProcessors());
            out.flush();
            if (warmup) {
                long start = CpuSampler.processCpuNanos();
                int rounds = 0;
                long requests = 0;
                while (CpuSampler.processCpuNanos() - start < CpuSampler.WARM_UP_CPU_NANOS
                        || requests < WARMUP_REQUESTS) {
                    Level level = measure(address, node, levels.get(rounds++ % levels.size()),
                            WARMUP_ROUND);
                    if (level.wrong() != null) {
                        out.println("warm-up: " + level.wrong());
                        return false;
                    }
                    requests += level.ops();
                }
                out.printf("warm-up: %d rounds of %d s, %d requests, %.1f CPU seconds%n", rounds,
                        WARMUP_ROUND.toSeconds(), requests,
                        (CpuSampler.processCpuNanos() - start) / 1e9);
            }
            out.printf("%11s %8s %8s %9s %9s %12s%n", "concurrency", "ops", "ops/s", "call us",
                    "cpu us", "node cpu us");
            out.flush();
            boolean allRight = true;
            for (int concurrency : levels) {
                Level level = measure(address, node, concurrency, duration);
                out.printf("%11d %8d %8.0f %9.1f %9.1f %12.1f%s%n", concurrency, level.ops(),
                        level.ops() / level.wallSeconds(), level.callNanos() / 1e3 / level.ops(),
                        level.cpuNanos() / 1e3 / level.ops(),
                        level.nodeCpuNanos() / 1e3 / level.ops(),
                        level.wrong() == null ? "" : "   WRONG: " + level.wrong());
                out.flush();
                allRight &= level.wrong() == null;
            }
            out.println("""
                    ops/s     requests answered per second, C threads each with its own client
                    call      mean wall time of one request (on a busy machine, waiting for a CPU too)
                    cpu       this JVM's CPU time (every thread, GC and the kernel's work for it
                              included) per request: the client path
                    node cpu  the node JVM's CPU time per request, for comparison""");
            out.flush();
            return allRight;
        } finally {
            node.destroy();
            node.waitFor();
        }
    }

    /** C threads, each with its own open client, calling until the time is up. */
    private static Level measure(NodeAddress address, Process node, int concurrency,
                                 Duration length) throws InterruptedException {
        // Collected first, the garbage of what came before (clients, their connections and
        // threads) is not charged to this level.
        System.gc();
        HttpJsonClients clients = new HttpJsonClients(NodeIds.INDEX);
        List<Client> opened = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Client client = clients.client(address, TIMEOUT);
            client.open();
            opened.add(client);
        }
        long[] ops = new long[concurrency];
        long[] callNanos = new long[concurrency];
        AtomicReference<String> wrong = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long nodeCpu = nodeCpuNanos(node);
        long cpu = CpuSampler.processCpuNanos();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        for (int i = 0; i < concurrency; i++) {
            int process = i;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(process);
                Client client = opened.get(process);
                long seq = 0;
                long now = System.nanoTime();
                while (now - deadline < 0 && wrong.get() == null) {
                    Request request = request(random, process, ++seq);
                    Completion completion = client.invoke(request);
                    long after = System.nanoTime();
                    callNanos[process] += after - now;
                    now = after;
                    ops[process]++;
                    if (completion.type() != OpType.OK || !Long.valueOf(seq).equals(completion.value())) {
                        wrong.compareAndSet(null, request + " -> " + completion);
                    }
                }
            }, "client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        long cpuNanos = CpuSampler.processCpuNanos() - cpu;
        long nodeCpuNanos = nodeCpuNanos(node) - nodeCpu;
        opened.forEach(Client::close);
        long total = 0;
        long calls = 0;
        for (int i = 0; i < concurrency; i++) {
            total += ops[i];
            calls += callNanos[i];
        }
        return new Level(total, wallSeconds, calls, cpuNanos, nodeCpuNanos, wrong.get());
    }

    /** A register operation, as the register workload draws them. */
    private static Request request(SplittableRandom random, int process, long seq) {
        long key = random.nextInt(KEYS);
        return switch (random.nextInt(3)) {
            case 0 -> new Request("read", key, null, process, seq);
            case 1 -> new Request("write", key, seq, process, seq);
            default -> new Request("cas", key, List.of(seq - 1, seq), process, seq);
        };
    }

    private static Process startNode() throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process node = new ProcessBuilder(java, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), ClientBenchNode.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return node;
    }

    /** The port the node printed once it serves. */
    private static int port(Process node) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(),
                StandardCharsets.US_ASCII));
        String line = lines.readLine();
        if (line == null) {
            throw new IOException("the bench's node exited before it served");
        }
        return Integer.parseInt(line.trim());
    }

    private static long nodeCpuNanos(Process node) {
        return node.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** One level's totals; {@code wrong} is the first reply that was not the request's ok. */
    private record Level(long ops, double wallSeconds, long callNanos, long cpuNanos,
                         long nodeCpuNanos, String wrong) {
    }
}
