package dev.ballot.runner;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs one campaign from start to end into a store directory that exists: a cluster started for
 * it, the {@link Runner}, the cluster torn down. In Docker that is
 * {@code DockerCampaign.run(campaign, system, dir)}; a test passes a cluster in this JVM.
 */
@FunctionalInterface
public interface CampaignRunner {
    RunResult run(Campaign campaign, Path dir) throws IOException, InterruptedException;
}
