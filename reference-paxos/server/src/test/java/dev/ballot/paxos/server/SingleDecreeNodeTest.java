package dev.ballot.paxos.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.paxos.server.local.NodeClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three real node processes in single-decree mode: one independent decree per key. */
class SingleDecreeNodeTest {

    @TempDir
    Path base;
    private Nodes nodes;

    @AfterEach
    void stop() {
        nodes.close();
    }

    private String propose(int id, long key, long value) throws Exception {
        return definite(id, "{\"f\":\"propose\",\"key\":" + key + ",\"value\":" + value + "}");
    }

    private String read(int id, long key) throws Exception {
        return definite(id, "{\"f\":\"read\",\"key\":" + key + "}");
    }

    /**
     * Sends {@code body} to node {@code id} until the answer is definite: an instance that a wiped
     * node creates refuses while it rejoins, and a decree may take more than one round.
     */
    private String definite(int id, String body) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            NodeClient.Response response = nodes.client.op(id, body);
            boolean refused = response.body().path("refused").asBoolean(false);
            if (!response.type().equals("info") && !refused) {
                return response.type() + ":" + response.body().path("value").asText();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no definite answer to " + body);
    }

    @Test
    void everyKeyDecidesOnceAndSurvivesCrashesAndAmnesia() throws Exception {
        nodes = new Nodes(base, "single");
        nodes.cluster.bootstrap();
        for (int id = 0; id < 3; id++) {
            nodes.awaitHealthy(id, Nodes.START_MS);
        }
        assertEquals("ok:null", read(0, 1));
        String decided = propose(0, 1, 10);
        assertEquals("ok:10", decided);
        assertEquals(decided, propose(1, 1, 20));
        assertEquals(decided, read(2, 1));
        assertEquals("ok:30", propose(2, 2, 30));

        nodes.cluster.kill(1);
        assertEquals("ok:40", propose(0, 3, 40));
        nodes.cluster.start(1, false);
        nodes.awaitHealthy(1, Nodes.START_MS);
        assertEquals("ok:40", read(1, 3));

        nodes.cluster.kill(2);
        nodes.cluster.wipe(2);
        nodes.cluster.start(2, false);
        nodes.awaitHealthy(2, Nodes.START_MS);
        assertEquals(decided, read(2, 1));
        assertEquals("ok:30", propose(2, 2, 31));
        assertEquals("ok:40", read(2, 3));
        assertEquals("ok:50", propose(2, 4, 50));

        // Every quorum now includes the wiped node: its rejoined instances must hold the decrees.
        nodes.cluster.kill(0);
        for (long key = 1; key <= 4; key++) {
            assertEquals(read(1, key), read(2, key));
        }
        assertEquals("ok:50", propose(1, 4, 51));
    }
}
