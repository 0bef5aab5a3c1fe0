package dev.ballot.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.nemesis.NodeState;
import dev.ballot.reference.ReferencePaxos;
import dev.ballot.sut.ImageRecipe;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/**
 * How long a five-node cluster takes to start once its image is built: containers, chains and
 * node processes in parallel, until every node answers. The time is printed; the bound asserted
 * is loose, because the machines this runs on are shared (the README gives the measured time).
 */
class ClusterStartDockerIT {

    @Test
    void fiveNodesStartInParallel() {
        DockerAvailable.assume();
        ReferencePaxos system = new ReferencePaxos(ReferencePaxos.defaultHome(), "register", null);
        ImageRecipe recipe = system.image();
        Images.ensure(DockerClientFactory.instance().client(), recipe);
        long start = System.nanoTime();
        try (DockerCluster cluster = DockerCluster.start(system, 5, false, false)) {
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("a five-node cluster started in %.1f s%n", seconds);
            assertEquals(List.of("n1", "n2", "n3", "n4", "n5"), cluster.nodes());
            cluster.nodes().forEach(n -> assertEquals(NodeState.RUNNING, cluster.control().state(n)));
            assertTrue(seconds < 60, "started in " + seconds + " s");
        }
    }
}
