package dev.ballot.paxos.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Five real multi-Paxos node processes: two of them lose their disks at once and both rejoin. */
class FiveNodeAmnesiaTest {

    @TempDir
    Path base;

    @Test
    void twoWipedAtOnceRejoinAndTheDataSurvivesThroughThem() throws Exception {
        try (Nodes nodes = new Nodes(base, "multi", 5)) {
            nodes.cluster.bootstrap();
            for (int id = 0; id < 5; id++) {
                nodes.awaitHealthy(id, Nodes.START_MS);
            }
            for (long key = 0; key < 5; key++) {
                assertEquals("ok:null", nodes.op("write", key, String.valueOf(300 + key)));
            }
            int leader = nodes.awaitLeader(Nodes.START_MS);
            int first = (leader + 1) % 5;
            int second = (leader + 2) % 5;
            for (int wiped : new int[] {first, second}) {
                nodes.cluster.kill(wiped);
                nodes.cluster.wipe(wiped);
            }
            for (int wiped : new int[] {first, second}) {
                nodes.cluster.start(wiped, false);
            }
            for (int wiped : new int[] {first, second}) {
                nodes.awaitHealthy(wiped, Nodes.START_MS);
                assertTrue(nodes.client.get(wiped, "/status").body().path("voting").asBoolean());
            }

            // With two of the nodes that kept their disks down, every quorum holds both rejoined ones.
            nodes.cluster.kill((leader + 3) % 5);
            nodes.cluster.kill((leader + 4) % 5);
            for (long key = 0; key < 5; key++) {
                assertEquals("ok:" + (300 + key), nodes.op("read", key, null));
            }
            assertEquals("ok:null", nodes.op("write", 9, "9"));
        }
    }
}
