package dev.ballot.cli;

import dev.ballot.nemesis.FaultKind;
import dev.ballot.adapter.Systems;
import dev.ballot.runner.Campaign;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemUnderTest;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of a campaign, shared as a picocli mixin by {@code ballot run} (one campaign) and
 * {@code ballot soak} (campaigns back to back, which reads {@code --workload} and
 * {@code --nemesis} as rotations and {@code --seed} as the seed of the runs' seeds).
 */
final class CampaignOptions {
    @Option(names = "--system", defaultValue = Campaign.DEFAULT_SYSTEM, paramLabel = "NAME|FILE",
            description = "the system to test: an installed one (see ballot systems) or an adapter file (default reference)")
    String system;

    @Option(names = "--workload", defaultValue = "register",
            description = "register or agreement (default register; soak: a comma list, both by default)")
    String workload;

    @Option(names = "--nemesis", defaultValue = "none", paramLabel = "LIST",
            description = "comma list of partition, loss, clock, crash, amnesia, pause; all; none (default)."
                    + " soak: lists separated by ';' to take in turn, ':overlap' after one for --overlap")
    String nemesis;

    @Option(names = "--nodes", defaultValue = "3", description = "cluster size within the system's limits: 3, 5 or 7 (default 3)")
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

    @Option(names = {"--variant", "--mutant"}, paramLabel = "NAME",
            description = "a variant of the system: for reference, a deliberately broken one (a mutant);"
                    + " 'ballot systems' lists each system's")
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

    /**
     * The campaign the options describe, its seed drawn at random unless {@code --seed} was given.
     *
     * @throws IllegalArgumentException for a value out of range, or an unknown nemesis
     */
    Campaign campaign() {
        return campaign(workload, FaultKind.parseList(nemesis));
    }

    /** The same with another workload and nemesis: a soak's template, which it rotates. */
    Campaign campaign(String workload, Set<FaultKind> nemesis) {
        if (nodes < 1) {
            throw new IllegalArgumentException("--nodes must be at least 1 (3, 5 or 7 make sense)");
        }
        long chosen = seed != null ? seed : randomSeed();
        return new Campaign(workload, nemesis, nodes, duration(timeLimit),
                concurrency, rate, chosen, mutant, store, leaveRunning, duration(faultInterval),
                faultTargets, overlap, duration(clientTimeout), duration(livenessBound), duration(quietPeriod),
                system);
    }

    /**
     * The system a campaign runs against, from the provider its {@code --system} names, once the
     * provider said it supports the campaign's workload and size. Cheap: nothing is started.
     *
     * @throws IllegalArgumentException if the system is not installed (the message lists those
     *     that are), is not a valid adapter file, or does not support the workload, the size or
     *     the variant
     */
    static SystemUnderTest system(Campaign campaign) {
        Path home = SystemOptions.defaultHome();
        return Systems.installed(home).create(campaign.system(),
                new SystemOptions(campaign.workload(), campaign.mutant(), home), campaign.nodes());
    }

    /** One line saying what is about to run, e.g. {@code register, nemesis partition, 3 nodes, 30.0 s, seed 7}. */
    static String describe(Campaign campaign) {
        return String.format(Locale.ROOT, "%s%s, nemesis %s%s, %d nodes, %.1f s, seed %d%s",
                campaign.system().equals(Campaign.DEFAULT_SYSTEM) ? "" : campaign.system() + ", ",
                campaign.workload(), campaign.nemesisList(), campaign.overlap() ? " (overlap)" : "",
                campaign.nodes(), campaign.timeLimit().toNanos() / 1e9, campaign.seed(),
                campaign.mutant() == null ? "" : ", " + campaign.variantWord() + " " + campaign.mutant());
    }

    /** A fresh positive seed. */
    static long randomSeed() {
        return new SecureRandom().nextLong() & Long.MAX_VALUE;
    }

    static Duration duration(double seconds) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("a duration cannot be negative: " + seconds);
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
