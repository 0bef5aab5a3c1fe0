package dev.ballot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.generator.RegisterWorkload;
import dev.ballot.history.History;
import dev.ballot.history.HistoryReader;
import dev.ballot.inprocess.InProcessCluster;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.Checks;
import dev.ballot.runner.RecordingCost;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Runner;
import dev.ballot.runner.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code harness} suite of {@code ballot bench}: what the harness itself costs per operation.
 * At each concurrency level it runs a real campaign through the {@link Runner} (client processes,
 * generator, recorder, {@code history.jsonl} streamed and forced to the disk, checkers) against an
 * {@link InProcessCluster}, whose clients answer at once from one linearizable in-memory store,
 * with no nemesis and no rate limit. The system then costs next to nothing, so the times between
 * an operation's events in the history, and the CPU the JVM spends meanwhile, are the harness'.
 * Every campaign must be valid.
 */
final class HarnessBench {
    private static final int NODES = 3;
    private static final long SEED = 1;
    /** Operations fed to the recorder alone, after each campaign. */
    private static final int RECORDED = 200_000;
    private static final Duration WARMUP_CAMPAIGN = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final Duration duration;
    private final List<Integer> levels;
    private final boolean warmup;

    /**
     * @param duration how long operations run at each level
     * @param levels the concurrency levels (client processes)
     * @param warmup whether to run unreported campaigns first
     */
    HarnessBench(PrintWriter out, Duration duration, List<Integer> levels, boolean warmup) {
        this.out = out;
        this.duration = duration;
        this.levels = levels;
        this.warmup = warmup;
    }

    /** Runs every level and prints a table; returns whether every campaign was valid. */
    boolean run() throws IOException, InterruptedException {
        out.printf("harness: the real runner against an in-process cluster of %d nodes that answer"
                + " at once from one%nlinearizable in-memory store; register workload, nemesis"
                + " none, rate unlimited, %.1f s of%noperations per level, seed %d, %d CPUs%n",
                NODES, duration.toMillis() / 1e3, SEED, Runtime.getRuntime().availableProcessors());
        out.flush();
        if (warmup) {
            warmUp();
        }
        out.printf("%11s %8s %8s %8s %8s %8s %8s %8s %8s %8s%n", "concurrency", "ops",
                "ops/s", "call us", "gap us", "cycle us", "cpu us", "check ms", "rec us",
                "rec cpu");
        out.flush();
        boolean allValid = true;
        for (int level : levels) {
            Level result = measure(level);
            allValid &= result.valid();
            HarnessCost cost = result.cost();
            out.printf("%11d %8d %8.0f %8.1f %8.1f %8.1f %8.1f %8.0f %8.2f %8.2f%s%n", level,
                    cost.operations(), cost.perSecond(), cost.meanCallNanos() / 1e3,
                    cost.meanGapNanos() / 1e3, cost.cycleNanos() / 1e3, result.cpuNanos() / 1e3,
                    result.checkMillis(), result.recordWallNanos() / 1e3,
                    result.recordCpuNanos() / 1e3,
                    result.valid() ? "" : "   NOT VALID: " + result.why());
            out.flush();
        }
        out.println("""
                Wall times but for cpu: on a busy machine they include waiting for a CPU.
                ops/s     client operations invoked from the end of the health check to the time
                          limit, per second
                call      mean time from an invocation to its completion, as the history records
                          them: writing the invocation to the history, the client's call (a map
                          behind one lock), waiting for the recorder to record the completion
                gap       mean time from a completion to the same process' next invocation:
                          writing the completion, drawing the next operation from the generator,
                          waiting for the recorder
                cycle     call + gap: what one process waits per operation; with more processes
                          than CPUs it grows with concurrency, as they take turns
                cpu       the JVM's CPU time (every thread, GC included) in that phase, per
                          operation
                check     the run's checkers again on its history (kv linearizability per key)
                rec       the recorder alone: C threads recording invoke and ok pairs into a
                          history file, wall and CPU time per pair""");
        out.flush();
        return allValid;
    }

    /** Short campaigns at each level in turn, until the JVM has spent enough CPU time. */
    private void warmUp() throws IOException, InterruptedException {
        long start = CpuSampler.processCpuNanos();
        int campaigns = 0;
        while (campaigns < levels.size()
                || CpuSampler.processCpuNanos() - start < CpuSampler.WARM_UP_CPU_NANOS) {
            Path dir = Files.createTempDirectory("ballot-bench-harness");
            try {
                campaign(levels.get(campaigns % levels.size()), WARMUP_CAMPAIGN, dir);
            } finally {
                deleteTree(dir);
            }
            campaigns++;
        }
        out.printf("warm-up: %d campaigns of %d s, %.1f CPU seconds%n", campaigns,
                WARMUP_CAMPAIGN.toSeconds(), (CpuSampler.processCpuNanos() - start) / 1e9);
    }

    /**
     * One level: a campaign, with the JVM's CPU time sampled as it runs; its costs read back from
     * its files; its history checked again, timed; then the recorder alone.
     */
    private Level measure(int concurrency) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ballot-bench-harness");
        try {
            // Collected before each measurement, the garbage of what came before is not charged
            // to it.
            System.gc();
            RunResult result;
            long start = System.nanoTime();
            long from;
            long to;
            double cpu;
            try (CpuSampler sampler = new CpuSampler()) {
                result = campaign(concurrency, duration, dir);
                // Run times count from the recorder's start, a few ms (writing campaign.json)
                // after this one: the window slides by that much, in a phase of seconds.
                JsonNode phases = JSON.readTree(dir.resolve("results.json").toFile())
                        .get("phases_s");
                from = nanos(phases, "health_end");
                to = nanos(phases, "faults_end");
                cpu = sampler.cpuBetween(start + from, start + to);
            }
            ReadBack read = readBack(dir, from, to);
            System.gc();
            long recordCpu = CpuSampler.processCpuNanos();
            double recordWall = RecordingCost.nanosPerOperation(dir.resolve("recorder.jsonl"),
                    concurrency, RECORDED);
            double recordCpuNanos = (CpuSampler.processCpuNanos() - recordCpu) / (double) RECORDED;
            return new Level(result.verdict() == Verdict.VALID, result.summary(), read.cost(),
                    cpu / read.cost().operations(), read.checkMillis(), recordWall, recordCpuNanos);
        } finally {
            deleteTree(dir);
        }
    }

    /** The run's history read back from its file, its costs, and its checkers run again, timed. */
    private static ReadBack readBack(Path dir, long from, long to) {
        History history = HistoryReader.read(dir.resolve("history.jsonl"), warning -> { });
        long start = System.nanoTime();
        Checks.check(RegisterWorkload.NAME, history);
        double checkMillis = (System.nanoTime() - start) / 1e6;
        return new ReadBack(HarnessCost.of(history, from, to), checkMillis);
    }

    private static RunResult campaign(int concurrency, Duration operations, Path dir)
            throws IOException, InterruptedException {
        Campaign campaign = new Campaign(RegisterWorkload.NAME, Set.of(), NODES, operations,
                concurrency, 0, SEED, null, dir, false, Campaign.DEFAULT_FAULT_INTERVAL, 0, false,
                Campaign.DEFAULT_CLIENT_TIMEOUT, Campaign.DEFAULT_LIVENESS_BOUND, Duration.ZERO);
        return new Runner(campaign, new InProcessCluster(NODES)).run(dir);
    }

    private static long nanos(JsonNode phases, String phase) {
        JsonNode seconds = phases.get(phase);
        if (seconds == null) {
            throw new IllegalStateException("results.json has no phase " + phase);
        }
        return Math.round(seconds.asDouble() * 1e9);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record ReadBack(HarnessCost cost, double checkMillis) {
    }

    /** One level's numbers; nanoseconds per operation unless named otherwise. */
    private record Level(boolean valid, String why, HarnessCost cost, double cpuNanos,
                         double checkMillis, double recordWallNanos, double recordCpuNanos) {
    }
}
