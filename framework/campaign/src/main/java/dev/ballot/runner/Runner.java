package dev.ballot.runner;

import dev.ballot.checker.CheckResult;
import dev.ballot.generator.Generator;
import dev.ballot.generator.Workload;
import dev.ballot.history.History;
import dev.ballot.history.JsonLinesWriter;
import dev.ballot.nemesis.FaultSchedule;
import dev.ballot.nemesis.Nemesis;
import dev.ballot.report.StoreReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one campaign against a running {@link Cluster}, Docker or not: health check, operations
 * with faults until the time limit, final heal, quiet period (liveness), final reads; then checks
 * the history and writes {@code results.json}, {@code report.html} and {@code junit.xml} beside
 * {@code history.jsonl}, which is streamed as the run goes. Whoever started the cluster tears it down afterwards.
 *
 * <p>The seed is split, in this order, into the workload's generator, the rate limiter's, and the
 * fault schedule's seed; so a seed replays the same operations and faults.
 */
public final class Runner {
    private static final Logger LOG = LoggerFactory.getLogger(Runner.class);
    /** Reading a clock inside a container takes a process start: allow a second. */
    static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(1);
    static final Duration SETTLE = Duration.ofSeconds(10);

    private final Campaign campaign;
    private final Cluster cluster;
    private final ProgressListener progress;

    public Runner(Campaign campaign, Cluster cluster) {
        this(campaign, cluster, ProgressListener.NONE);
    }

    /** @param progress hears where the run stands about once a second while operations flow */
    public Runner(Campaign campaign, Cluster cluster, ProgressListener progress) {
        this.campaign = campaign;
        this.cluster = cluster;
        this.progress = progress;
    }

    /** Runs in a fresh {@code store/<workload>/<timestamp>/} directory. */
    public RunResult run() throws IOException, InterruptedException {
        return run(Store.newRunDirectory(campaign, Clock.systemUTC()));
    }

    /** Runs, writing the history and results into {@code dir}, which must exist. */
    public RunResult run(Path dir) throws IOException, InterruptedException {
        ResultsWriter.writeCampaign(dir, campaign);
        List<String> nodes = List.copyOf(cluster.nodes());
        SplittableRandom seeds = new SplittableRandom(campaign.seed());
        Workload workload = Workload.create(campaign.workload(), nodes, seeds.split());
        Generator generator = new Generator(workload, campaign.rate(), seeds.split());
        FaultSchedule schedule = FaultSchedule.plan(campaign.nemesis(), campaign.faultInterval(),
                campaign.faultTargets(), nodes, campaign.timeLimit(), campaign.overlap(),
                seeds.nextLong());
        Nemesis nemesis = new Nemesis(nodes, cluster.net(), cluster.control(), cluster.clocks(),
                InstantSource.system(), CLOCK_TOLERANCE, SETTLE);
        Map<String, Double> phases = new LinkedHashMap<>();
        long cpuStart = -1;
        long cpuEnd = -1;
        List<String> errors = new ArrayList<>();
        List<String> unhealthy;
        Liveness liveness = null;
        int applied = 0;
        Recorder recorder = new Recorder(new JsonLinesWriter(dir.resolve("history.jsonl")),
                System::nanoTime);
        ProgressReporter reporter = new ProgressReporter(recorder, campaign.timeLimit(), progress);
        try (recorder; reporter) {
            List<ClientProcess> processes = new ArrayList<>();
            for (int p = 0; p < campaign.concurrency(); p++) {
                processes.add(new ClientProcess(p, nodes.get(p % nodes.size()), cluster, recorder,
                        workload, campaign.concurrency(), campaign.clientTimeout()));
            }
            Run run = new Run(campaign, nodes, recorder, generator, processes);
            unhealthy = run.health();
            phases.put("health_end", seconds(recorder.now()));
            cpuStart = Throughput.processCpuNanos();
            if (unhealthy.isEmpty()) {
                long start = recorder.now();
                reporter.start(start);
                NemesisLoop loop = new NemesisLoop(nemesis, schedule, recorder,
                        cluster.primaries(), nodes, start);
                run.startClients();
                run.faults(loop, start + campaign.timeLimit().toNanos());
                applied = loop.applied();
                if (loop.error() != null) {
                    errors.add("a fault failed: " + loop.error());
                }
                phases.put("faults_end", seconds(recorder.now()));
                cpuEnd = Throughput.processCpuNanos();
                errors.addAll(run.heal(nemesis, loop));
                long healed = recorder.now();
                phases.put("heal_end", seconds(healed));
                liveness = run.quiet(healed, recorder.size());
                phases.put("quiet_end", seconds(recorder.now()));
                int abandoned = run.endOperations();
                if (abandoned > 0) {
                    LOG.warn("{} client processes were stuck past their timeouts and abandoned; "
                            + "their open operations count as info", abandoned);
                }
                phases.put("final_reads_end", seconds(recorder.now()));
            }
        }
        History history = History.of(recorder.ops());
        Map<String, Map<String, Long>> counts = Counts.byF(history);
        RunFacts facts = new RunFacts(unhealthy, Counts.neverOk(counts, workload.fs()),
                !campaign.nemesis().isEmpty(), schedule.windows().size(), applied, errors);
        Map<String, CheckResult> checks = Checks.check(campaign.workload(), history);
        Judgement judgement = Judgement.of(checks, facts);
        RunResult result = new RunResult(judgement.verdict(), judgement.reasons(), checks,
                liveness == null ? null : liveness.recoverySeconds(),
                liveness == null ? List.of() : liveness.unrecovered(), dir, campaign.replayCommand());
        Throughput throughput = Throughput.of(history, phases.get("health_end"),
                phases.get("faults_end"), cpuStart, cpuEnd);
        ResultsWriter.writeResults(dir, campaign, result, facts, counts, phases, throughput);
        StoreReport.writeAfterRun(dir, history);
        return result;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }
}
