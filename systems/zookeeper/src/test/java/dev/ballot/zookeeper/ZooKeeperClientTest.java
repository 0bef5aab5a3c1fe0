package dev.ballot.zookeeper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.OpType;
import dev.ballot.sut.Completion;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.Request;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.zookeeper.server.ServerCnxnFactory;
import org.apache.zookeeper.server.ZooKeeperServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's operations and outcomes against a real, in-JVM, standalone ZooKeeper server. */
class ZooKeeperClientTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    private ServerCnxnFactory factory;
    private NodeAddress address;
    private long seq;

    @BeforeEach
    void startServer() throws Exception {
        System.setProperty("zookeeper.4lw.commands.whitelist", "srvr");
        ZooKeeperServer server = new ZooKeeperServer(dir.toFile(), dir.toFile(), 200);
        factory = ServerCnxnFactory.createFactory(0, 100);
        factory.startup(server);
        address = new NodeAddress("n1", "127.0.0.1", factory.getLocalPort());
    }

    @AfterEach
    void stopServer() {
        factory.shutdown();
    }

    @Test
    void writesReadsAndCasesOnZnodes() {
        for (ReadMode mode : ReadMode.values()) {
            try (ZooKeeperClient client = open(address, mode)) {
                long key = mode.ordinal();
                assertEquals(Completion.ok(null), invoke(client, "read", key, null), "a missing key reads as nil");
                assertEquals(OpType.OK, invoke(client, "write", key, 1L).type(), "the first write creates the znode");
                assertEquals(OpType.OK, invoke(client, "write", key, 2L).type());
                assertEquals(Completion.ok(2L), invoke(client, "read", key, null));
                assertEquals(OpType.OK, invoke(client, "cas", key, List.of(2L, 3L)).type());
                Completion mismatch = invoke(client, "cas", key, List.of(2L, 4L));
                assertEquals(OpType.FAIL, mismatch.type(), mismatch.toString());
                assertEquals(Completion.ok(3L), invoke(client, "read", key, null));
            }
        }
    }

    @Test
    void casOnAMissingKeyFails() {
        try (ZooKeeperClient client = open(address, ReadMode.PLAIN)) {
            assertEquals(OpType.FAIL, invoke(client, "cas", 9L, List.of(1L, 2L)).type());
        }
    }

    @Test
    void aWriteSeenByOneClientIsSeenByAnother() {
        try (ZooKeeperClient writer = open(address, ReadMode.PLAIN);
             ZooKeeperClient reader = open(address, ReadMode.SYNC)) {
            assertEquals(OpType.OK, invoke(writer, "write", 5L, 42L).type());
            assertEquals(Completion.ok(42L), invoke(reader, "read", 5L, null));
        }
    }

    @Test
    void noServerFailsEveryOperationWithinTheTimeout() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertFailsFast(new NodeAddress("n9", "127.0.0.1", port));
    }

    @Test
    void aServerThatAnswersGarbageFailsOperationsWithoutThrowing() throws Exception {
        try (ServerSocket garbage = new ServerSocket(0)) {
            Thread answerer = new Thread(() -> {
                while (!garbage.isClosed()) {
                    try (Socket socket = garbage.accept()) {
                        socket.getOutputStream().write("HTTP/1.1 400 nonsense\r\n\r\n".getBytes());
                        socket.getInputStream().read(new byte[1024]);
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            answerer.setDaemon(true);
            answerer.start();
            assertFailsFast(new NodeAddress("n9", "127.0.0.1", garbage.getLocalPort()));
        }
    }

    @Test
    void srvrNamesAStandaloneServersMode() {
        assertEquals("standalone", FourLetterWords.mode(address, TIMEOUT));
        assertNull(FourLetterWords.mode(new NodeAddress("n9", "127.0.0.1", 1), Duration.ofMillis(200)));
    }

    @Test
    void valuesAreDecimalText() {
        assertEquals("17", new String(ZooKeeperClient.encode(17L)));
        assertEquals(17L, ZooKeeperClient.decode("17".getBytes()));
        assertNull(ZooKeeperClient.decode("x".getBytes()));
        assertNull(ZooKeeperClient.decode(new byte[0]));
    }

    /** Nothing was ever sent, so every operation fails (not info), each within the timeout. */
    private void assertFailsFast(NodeAddress nowhere) {
        Duration timeout = Duration.ofMillis(500);
        try (ZooKeeperClient client = new ZooKeeperClient(nowhere, timeout, ReadMode.SYNC)) {
            client.open();
            for (String f : List.of("read", "write", "cas")) {
                long start = System.nanoTime();
                Completion completion = invoke(client, f, 1L, f.equals("cas") ? List.of(1L, 2L) : 1L);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(OpType.FAIL, completion.type(), f + ": " + completion);
                assertTrue(millis < 2_000, f + " took " + millis + " ms");
            }
        }
    }

    private static ZooKeeperClient open(NodeAddress address, ReadMode mode) {
        ZooKeeperClient client = new ZooKeeperClient(address, TIMEOUT, mode);
        client.open();
        return client;
    }

    private Completion invoke(ZooKeeperClient client, String f, long key, Object value) {
        return client.invoke(new Request(f, key, value, 0, seq++));
    }
}
