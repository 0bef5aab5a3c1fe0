package dev.ballot.docker;

import dev.ballot.nemesis.FaultKind;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.ProgressListener;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Runner;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One campaign from start to end in Docker: a fresh cluster of the campaign's size, the run, the
 * nodes under libfaketime only if the campaign has clock faults, the nodes' logs copied to {@code dir/nodes/<node>.log} (also when the run failed), and the cluster
 * removed unless the campaign leaves it running. What {@code ballot run} and the integration tests
 * do.
 */
public final class DockerCampaign {
    private DockerCampaign() {
    }

    /**
     * @param dir the run's store directory, which must exist
     * @throws IllegalStateException if the cluster cannot be started
     */
    public static RunResult run(Campaign campaign, SystemUnderTest system, Path dir)
            throws IOException, InterruptedException {
        return run(campaign, system, dir, ProgressListener.NONE);
    }

    /** The same, telling {@code progress} where the run stands while operations flow. */
    public static RunResult run(Campaign campaign, SystemUnderTest system, Path dir,
                                ProgressListener progress) throws IOException, InterruptedException {
        try (DockerCluster cluster = DockerCluster.start(system, campaign.nodes(),
                campaign.leaveRunning(), campaign.nemesis().contains(FaultKind.CLOCK))) {
            try {
                return new Runner(campaign, cluster, progress).run(dir);
            } finally {
                cluster.copyLogs(dir.resolve("nodes"));
            }
        }
    }
}
