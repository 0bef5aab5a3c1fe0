package dev.ballot.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.ballot.reference.ReferencePaxos;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** What a harness killed with SIGKILL left behind is removed when the next cluster starts. */
class LeftoversDockerIT {

    @Test
    void theNextStartRemovesWhatAKilledHarnessLeft() throws Exception {
        DockerAvailable.assume();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process harness = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dballot.home=" + ReferencePaxos.defaultHome(), AbandonedHarness.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String run;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(harness.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("ready "), "the harness said " + line);
            run = line.substring("ready ".length());
        } finally {
            harness.destroyForcibly();
            assertTrue(harness.waitFor(30, TimeUnit.SECONDS));
        }
        DockerClient docker = DockerClientFactory.instance().client();
        assertEquals(1, containersOf(docker, run).size(), "the killed harness left its node");

        try (DockerCluster next = DockerCluster.start(new ReferencePaxos(
                ReferencePaxos.defaultHome(), "register", null), 1, false, false)) {
            assertEquals(List.of(), containersOf(docker, run));
            assertEquals(List.of(), docker.listNetworksCmd()
                    .withFilter("label", List.of(Labels.RUN + "=" + run)).exec());
            assertEquals(1, containersOf(docker, next.run()).size());
        }
    }

    private static List<?> containersOf(DockerClient docker, String run) {
        return docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(Labels.RUN + "=" + run)).exec();
    }
}
