package dev.ballot.junit;

import dev.ballot.adapter.Systems;
import dev.ballot.docker.DockerCampaign;
import dev.ballot.nemesis.FaultKind;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.CampaignRunner;
import dev.ballot.runner.ProgressListener;
import dev.ballot.runner.ProgressPrinter;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Store;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * The options of one campaign, set one by one; unset ones keep the defaults of {@code ballot run}
 * (the reference system, register, no nemesis, 3 nodes, 30 s, 10 clients, 100 operations per
 * second, a random seed, store directory {@code store}). By default the campaign runs in Docker
 * against the system its name finds (as {@code ballot run --system NAME}), printing a progress
 * line to stderr every few seconds; {@link #runner} runs it elsewhere, e.g. in this JVM.
 */
public final class CampaignBuilder {
    private String system = Campaign.DEFAULT_SYSTEM;
    private String workload = "register";
    private Set<FaultKind> nemesis = Set.of();
    private int nodes = 3;
    private Duration timeLimit = Duration.ofSeconds(30);
    private int concurrency = 10;
    private double rate = 100;
    private Long seed;
    private String mutant;
    private Path store = Path.of("store");
    private Duration faultInterval = Campaign.DEFAULT_FAULT_INTERVAL;
    private int faultTargets;
    private boolean overlap;
    private Duration clientTimeout = Campaign.DEFAULT_CLIENT_TIMEOUT;
    private Duration livenessBound = Campaign.DEFAULT_LIVENESS_BOUND;
    private Duration quietPeriod = Campaign.DEFAULT_QUIET_PERIOD;
    private ProgressListener progress = new ProgressPrinter(new PrintWriter(System.err, true), false,
            ProgressPrinter.PLAIN_EVERY);
    private CampaignRunner runner;

    CampaignBuilder() {
    }

    /** An installed system's name ({@code reference}) or an adapter file's path. */
    public CampaignBuilder system(String name) { system = name; return this; }

    /** {@code register} or {@code agreement}. */
    public CampaignBuilder workload(String name) { workload = name; return this; }

    /**
     * A comma list as {@code --nemesis} takes it: {@code partition,crash}, {@code all}, {@code none}.
     *
     * @throws IllegalArgumentException for an unknown kind
     */
    public CampaignBuilder nemesis(String list) { nemesis = FaultKind.parseList(list); return this; }

    public CampaignBuilder nodes(int count) { nodes = count; return this; }

    public CampaignBuilder timeLimit(Duration limit) { timeLimit = limit; return this; }

    public CampaignBuilder concurrency(int processes) { concurrency = processes; return this; }

    /** Operations per second over all clients, 0 for no limit. */
    public CampaignBuilder rate(double perSecond) { rate = perSecond; return this; }

    public CampaignBuilder seed(long value) { seed = value; return this; }

    /**
     * A variant of the system ({@code ballot systems} lists each system's: the reference's
     * mutants, ZooKeeper's read modes), or null for the system as it is.
     */
    public CampaignBuilder variant(String name) { mutant = name; return this; }

    /** A deliberately broken variant of the reference system: the same as {@link #variant}. */
    public CampaignBuilder mutant(String name) { return variant(name); }

    /** The store directory; the run writes {@code <store>/<workload>/<timestamp>/}. */
    public CampaignBuilder store(Path dir) { store = dir; return this; }

    public CampaignBuilder faultInterval(Duration interval) { faultInterval = interval; return this; }

    /** How many nodes a fault acts on, 0 for a random minority. */
    public CampaignBuilder faultTargets(int count) { faultTargets = count; return this; }

    /** Let network, process and clock faults overlap. */
    public CampaignBuilder overlap(boolean on) { overlap = on; return this; }

    public CampaignBuilder clientTimeout(Duration timeout) { clientTimeout = timeout; return this; }

    public CampaignBuilder livenessBound(Duration bound) { livenessBound = bound; return this; }

    public CampaignBuilder quietPeriod(Duration period) { quietPeriod = period; return this; }

    /** Who hears the progress of a Docker run; {@link ProgressListener#NONE} for silence. */
    public CampaignBuilder progress(ProgressListener listener) { progress = listener; return this; }

    /** Runs the campaign with this instead of in Docker (a cluster in this JVM, say). */
    public CampaignBuilder runner(CampaignRunner other) { runner = other; return this; }

    /**
     * The campaign as set so far; its seed is drawn now if none was set.
     *
     * @throws IllegalArgumentException for a value out of range
     */
    public Campaign build() {
        long chosen = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        return new Campaign(workload, nemesis, nodes, timeLimit, concurrency, rate, chosen, mutant,
                store, false, faultInterval, faultTargets, overlap, clientTimeout, livenessBound,
                quietPeriod, system);
    }

    /**
     * Runs the campaign into a fresh store directory and returns its result, whatever the verdict.
     *
     * @throws IllegalArgumentException if the system is not installed or does not take the
     *     workload, the size or the mutant
     * @throws IllegalStateException if the cluster cannot be started
     */
    public RunResult run() throws IOException, InterruptedException {
        Campaign campaign = build();
        if (runner != null) {
            return runner.run(campaign, Store.newRunDirectory(campaign, Clock.systemUTC()));
        }
        // The system is made first, so that a wrong name fails before a directory is made.
        Path home = SystemOptions.defaultHome();
        SystemUnderTest sut = Systems.installed(home).create(campaign.system(),
                new SystemOptions(campaign.workload(), campaign.mutant(), home), campaign.nodes());
        return DockerCampaign.run(campaign, sut, Store.newRunDirectory(campaign, Clock.systemUTC()),
                progress);
    }

    /** Runs the campaign and {@linkplain Ballot#assertValid asserts} that it was valid. */
    public RunResult assertValid() throws IOException, InterruptedException {
        return Ballot.assertValid(run());
    }
}
