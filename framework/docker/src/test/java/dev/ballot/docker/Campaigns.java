package dev.ballot.docker;

import dev.ballot.nemesis.FaultKind;
import dev.ballot.reference.ReferencePaxos;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Short real campaigns against the reference system for the integration tests: 20 s of
 * operations with a fault every 5 s (each lasting half of it), three nodes, store under
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
        Campaign campaign = new Campaign(workload, FaultKind.parseList(nemesis), 3,
                Duration.ofSeconds(20), load.concurrency(), load.rate(), seed, mutant, STORE, false,
                Duration.ofSeconds(5), load.faultTargets(), false, Campaign.DEFAULT_CLIENT_TIMEOUT,
                Campaign.DEFAULT_LIVENESS_BOUND, Campaign.DEFAULT_QUIET_PERIOD);
        Path dir = Store.newRunDirectory(campaign, Clock.systemUTC());
        return DockerCampaign.run(campaign,
                new ReferencePaxos(ReferencePaxos.defaultHome(), workload, mutant), dir);
    }
}
