package dev.ballot.zookeeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ballot.docker.DockerCampaign;
import dev.ballot.nemesis.FaultKind;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Store;
import dev.ballot.runner.Verdict;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/**
 * A short ZooKeeper campaign end to end, through the adapter as {@code ballot run --system
 * zookeeper --variant sync} runs it: the image built from this module's jar, a 3-server ensemble,
 * partitions (some aimed at the leader, which {@code srvr} names), the history checked.
 */
class ZooKeeperCampaignDockerIT {

    @Test
    void syncedReadsAreLinearizableUnderPartitions() throws Exception {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(), "SKIPPED: no Docker engine answers");
        Campaign campaign = new Campaign("register", FaultKind.parseList("partition"), 3,
                Duration.ofSeconds(20), 10, 200, 41, ReadMode.SYNC.variant(), Path.of("target", "it-store"),
                false, Duration.ofSeconds(5), 0, false, Campaign.DEFAULT_CLIENT_TIMEOUT,
                Campaign.DEFAULT_LIVENESS_BOUND, Campaign.DEFAULT_QUIET_PERIOD)
                .withSystem(ZooKeeperProvider.NAME);
        SystemUnderTest system = new ZooKeeperProvider().create(new SystemOptions(campaign.workload(),
                campaign.mutant(), SystemOptions.defaultHome()));

        Path dir = Store.newRunDirectory(campaign, Clock.systemUTC());
        RunResult result = DockerCampaign.run(campaign, system, dir);

        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        String log = Files.readString(dir.resolve("nodes/n1.log"));
        assertTrue(log.contains("QuorumPeerMain"), "n1's log is ZooKeeper's:\n" + log.lines().limit(20).toList());
    }
}
