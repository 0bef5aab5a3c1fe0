package dev.ballot.paxos.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.server.local.NodeClient;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three real multi-Paxos node processes on loopback: serving, crashes, leader loss, amnesia. */
class MultiPaxosNodeTest {

    @TempDir
    Path base;
    private Nodes nodes;

    @BeforeEach
    void start() throws InterruptedException {
        nodes = new Nodes(base, "multi");
        nodes.cluster.bootstrap();
        for (int id = 0; id < 3; id++) {
            nodes.awaitHealthy(id, Nodes.START_MS);
        }
    }

    @AfterEach
    void stop() {
        nodes.close();
    }

    @Test
    void writesReadsAndCasAreConsistent() throws Exception {
        assertEquals("ok:null", nodes.op("read", 1, null));
        assertEquals("ok:null", nodes.op("write", 1, "10"));
        assertEquals("ok:10", nodes.op("read", 1, null));
        assertEquals("ok:null", nodes.op("cas", 1, "[10, 11]"));
        assertEquals("fail", nodes.op("cas", 1, "[10, 12]"));
        assertEquals("ok:null", nodes.op("cas", 2, "[null, 5]"));
        assertEquals("ok:11", nodes.op("read", 1, null));
        assertEquals("ok:5", nodes.op("read", 2, null));

        int follower = (nodes.awaitLeader(Nodes.START_MS) + 1) % 3;
        NodeClient.Response refused = nodes.client.op(follower, "{\"f\":\"read\",\"key\":1}");
        assertEquals("fail", refused.type());
        assertTrue(refused.body().path("refused").asBoolean());
        assertEquals(String.valueOf(nodes.awaitLeader(Nodes.START_MS)), refused.body().path("leader").asText());
    }

    @Test
    void garbageOnThePeerPortIsDroppedAndTheNodeServesOn() throws Exception {
        int leader = nodes.awaitLeader(Nodes.START_MS);
        for (byte[] garbage : new byte[][] {"GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                {0, 0, 0, 4, '{', '}', '[', ']'}, {0, 0, 0, 2, 'n', 'o'}}) {
            try (Socket socket = new Socket("127.0.0.1", nodes.cluster.peerPort(leader))) {
                socket.getOutputStream().write(garbage);
                socket.getOutputStream().flush();
                assertEquals(-1, socket.getInputStream().read(), "the node closes the connection");
            }
        }
        assertEquals("ok:null", nodes.op("write", 1, "1"));
        assertTrue(nodes.cluster.running(leader));
    }

    @Test
    void badRequestsAnswer400() throws Exception {
        for (String body : new String[] {"not json", "[]", "{\"f\":\"write\",\"key\":1}", "{\"f\":\"fly\"}",
                "{\"f\":\"propose\",\"value\":1}", "{\"f\":\"read\",\"client\":1}", "{\"f\":\"cas\",\"value\":[1]}"}) {
            NodeClient.Response response = nodes.client.op(0, body);
            assertEquals(400, response.code(), body);
            assertEquals("fail", response.type(), body);
        }
        assertEquals("ok:null", nodes.op("write", 1, "1"));
    }

    @Test
    void aKilledFollowerAndAKilledLeaderComeBackWithTheirData() throws Exception {
        for (long key = 0; key < 5; key++) {
            assertEquals("ok:null", nodes.op("write", key, String.valueOf(100 + key)));
        }
        int leader = nodes.awaitLeader(Nodes.START_MS);
        int follower = (leader + 1) % 3;
        nodes.cluster.kill(follower);
        assertEquals("ok:null", nodes.op("write", 5, "105"));
        nodes.cluster.start(follower, false);
        nodes.awaitHealthy(follower, Nodes.START_MS);

        nodes.cluster.kill(leader);
        assertEquals("ok:null", nodes.op("write", 6, "106"));
        int next = nodes.awaitLeader(Nodes.START_MS);
        assertNotEquals(leader, next);
        nodes.cluster.start(leader, false);
        nodes.awaitHealthy(leader, Nodes.START_MS);
        for (long key = 0; key <= 6; key++) {
            assertEquals("ok:" + (100 + key), nodes.op("read", key, null));
        }
    }

    @Test
    void aWipedNodeRejoinsAndTheDataSurvivesWithoutAnyOldCopy() throws Exception {
        for (long key = 0; key < 5; key++) {
            assertEquals("ok:null", nodes.op("write", key, String.valueOf(200 + key)));
        }
        int wiped = (nodes.awaitLeader(Nodes.START_MS) + 1) % 3;
        nodes.cluster.kill(wiped);
        nodes.cluster.wipe(wiped);
        nodes.cluster.start(wiped, false);
        nodes.awaitHealthy(wiped, Nodes.START_MS);
        assertTrue(nodes.client.get(wiped, "/status").body().path("voting").asBoolean());

        // With a second node down, every quorum includes the wiped one: it must know the data.
        int other = (wiped + 1) % 3;
        nodes.cluster.kill(other);
        for (long key = 0; key < 5; key++) {
            assertEquals("ok:" + (200 + key), nodes.op("read", key, null));
        }
        assertEquals("ok:null", nodes.op("write", 9, "9"));
    }
}
