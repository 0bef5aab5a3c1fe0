package dev.ballot.cli;

import dev.ballot.docker.DockerCampaign;
import dev.ballot.nemesis.FaultKind;
import dev.ballot.reference.ReferencePaxos;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.ProgressPrinter;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Store;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballot run}: one fault-injection campaign against the reference Paxos cluster in Docker.
 * Writes {@code store/<workload>/<timestamp>/} (history.jsonl as the run goes, results.json,
 * campaign.json, the nodes' logs under {@code nodes/}), shows its progress on stderr, prints the
 * verdict with the seed and the command that replays it, and exits 0 valid, 1 invalid, 2 error,
 * 3 unknown.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a fault-injection campaign against a cluster in Docker.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--workload", defaultValue = "register", description = "register or agreement (default register)")
    String workload;

    @Option(names = "--nemesis", defaultValue = "none", paramLabel = "LIST",
            description = "comma list of partition, loss, clock, crash, amnesia, pause; all; none (default)")
    String nemesis;

    @Option(names = "--nodes", defaultValue = "3", description = "cluster size: 3, 5 or 7 (default 3)")
    int nodes;

    @Option(names = "--time-limit", defaultValue = "30", paramLabel = "S",
            description = "seconds of operations and faults before the final heal (default 30)")
    double timeLimit;

    @Option(names = "--concurrency", defaultValue = "10", paramLabel = "C",
            description = "client processes (default 10)")
    int concurrency;

    @Option(names = "--rate", defaultValue = "100", paramLabel = "R",
            description = "operations per second over all clients, 0 for no limit (default 100)")
    double rate;

    @Option(names = "--seed", description = "seed of the operations and faults (default: random, printed)")
    Long seed;

    @Option(names = "--mutant", paramLabel = "NAME", description = "run a deliberately broken variant of the node")
    String mutant;

    @Option(names = "--store", defaultValue = "store", paramLabel = "DIR", description = "store directory (default store)")
    Path store;

    @Option(names = "--leave-running", description = "keep the containers after the run")
    boolean leaveRunning;

    @Option(names = "--fault-interval", paramLabel = "S", description = "a fault begins every S seconds (default 10)")
    double faultInterval = seconds(Campaign.DEFAULT_FAULT_INTERVAL);

    @Option(names = "--fault-targets", paramLabel = "N", description = "nodes per fault, 0 for a random minority (default)")
    int faultTargets;

    @Option(names = "--overlap", description = "let network, process and clock faults overlap")
    boolean overlap;

    @Option(names = "--client-timeout", paramLabel = "S", description = "seconds before an operation is info (default 1)")
    double clientTimeout = seconds(Campaign.DEFAULT_CLIENT_TIMEOUT);

    @Option(names = "--liveness-bound", paramLabel = "S", description = "seconds for every key to recover after the heal (default 30)")
    double livenessBound = seconds(Campaign.DEFAULT_LIVENESS_BOUND);

    @Option(names = "--quiet-period", paramLabel = "S", description = "seconds of operations after the heal (default 2)")
    double quietPeriod = seconds(Campaign.DEFAULT_QUIET_PERIOD);

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Integer relaunched = TestcontainersEnvironment.relaunchIfMissing(
                spec.root().commandLine().getParseResult().originalArgs());
        if (relaunched != null) {
            return relaunched;
        }
        Campaign campaign;
        try {
            campaign = campaign();
        } catch (IllegalArgumentException e) {
            err.println("ballot run: " + e.getMessage());
            return Ballot.BAD_INPUT;
        }
        Path dir = Store.newRunDirectory(campaign, Clock.systemUTC());
        err.printf("ballot run: %s, nemesis %s, %d nodes, %.1f s, seed %d%s -> %s%n", workload,
                campaign.nemesisList(), nodes, timeLimit,
                campaign.seed(), mutant == null ? "" : ", mutant " + mutant, dir);
        err.flush();
        try {
            SystemUnderTest system = new ReferencePaxos(ReferencePaxos.defaultHome(), workload, mutant);
            RunResult result = DockerCampaign.run(campaign, system, dir,
                    new ProgressPrinter(err, Terminal.stderr(), ProgressPrinter.PLAIN_EVERY));
            out.println(result.summary());
            return result.verdict().exitCode();
        } catch (RuntimeException | IOException e) {
            out.println("ERROR\n  " + e.getMessage() + "\nstore: " + dir + "\nseed: " + campaign.seed()
                    + "\nreplay: " + campaign.replayCommand());
            return Ballot.BAD_INPUT;
        }
    }

    Campaign campaign() {
        if (nodes < 1 || nodes > 9) {
            throw new IllegalArgumentException("--nodes must be between 1 and 9 (3, 5 or 7 make sense)");
        }
        long chosen = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        return new Campaign(workload, FaultKind.parseList(nemesis), nodes, duration(timeLimit),
                concurrency, rate, chosen, mutant, store, leaveRunning, duration(faultInterval),
                faultTargets, overlap, duration(clientTimeout), duration(livenessBound), duration(quietPeriod));
    }

    private static Duration duration(double seconds) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("a duration cannot be negative: " + seconds);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
