package dev.ballot.docker;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.testcontainers.DockerClientFactory;

/** Skips a Docker test, saying why, when no Docker engine answers (CI always has one). */
public final class DockerAvailable {
    private DockerAvailable() {
    }

    public static void assume() {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "SKIPPED: no Docker engine answers; start one with docker/ensure-engine.sh");
    }
}
