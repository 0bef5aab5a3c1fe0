package dev.ballot.docker;

import dev.ballot.adapter.Systems;
import dev.ballot.nemesis.FaultKind;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Store;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import dev.ballot.sut.SystemUnderTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Short real campaigns for the integration tests, against the reference system unless the
 * campaign names another, each system found through its provider as {@code ballot run} finds it:
 * 20 s of operations with a fault every 5 s (each lasting half of it), three nodes, store under
 * {@code target/it-store}.
 */
final class Campaigns {
    static final Path STORE = Path.of("target", "it-store");

    private Campaigns() {
    }

    static RunResult run(String workload, String nemesis, long seed, String mutant) throws Exception {
        return run(workload, nemesis, seed, mutant, new Load(10, 200, 0));
    }

    /**
     * How hard a campaign pushes: client processes, operations per second, and how many nodes a
     * fault takes (0 for a random minority).
     */
    record Load(int concurrency, double rate, int faultTargets) {
    }

    static RunResult run(String workload, String nemesis, long seed, String mutant, Load load)
            throws Exception {
        return run(campaign(workload, nemesis, seed, mutant, load));
    }

    /** A campaign against the default system; {@link Campaign#withSystem} names another. */
    static Campaign campaign(String workload, String nemesis, long seed, String mutant, Load load) {
        return new Campaign(workload, FaultKind.parseList(nemesis), 3,
                Duration.ofSeconds(20), load.concurrency(), load.rate(), seed, mutant, STORE, false,
                Duration.ofSeconds(5), load.faultTargets(), false, Campaign.DEFAULT_CLIENT_TIMEOUT,
                Campaign.DEFAULT_LIVENESS_BOUND, Campaign.DEFAULT_QUIET_PERIOD);
    }

    /**
     * {@code campaign} with the faults of different families overlapping, as {@code --overlap},
     * over {@code timeLimit} with a fault every {@code faultInterval}: each family's window needs
     * the interval to be long enough for what happens inside it.
     */
    static Campaign overlapping(Campaign c, Duration timeLimit, Duration faultInterval) {
        return new Campaign(c.workload(), c.nemesis(), c.nodes(), timeLimit, c.concurrency(),
                c.rate(), c.seed(), c.mutant(), c.store(), c.leaveRunning(), faultInterval,
                c.faultTargets(), true, c.clientTimeout(), c.livenessBound(), c.quietPeriod(),
                c.system());
    }

    /** Runs {@code campaign} against the system it names, found as {@code ballot run} finds it. */
    static RunResult run(Campaign campaign) throws Exception {
        Path home = SystemOptions.defaultHome();
        return run(campaign, Systems.installed(home).find(campaign.system()));
    }

    static RunResult run(Campaign campaign, SystemProvider provider) throws Exception {
        SystemUnderTest system = provider.create(new SystemOptions(campaign.workload(),
                campaign.mutant(), SystemOptions.defaultHome()));
        return DockerCampaign.run(campaign, system, Store.newRunDirectory(campaign, Clock.systemUTC()));
    }
}
