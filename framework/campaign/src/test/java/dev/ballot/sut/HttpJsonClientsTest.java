package dev.ballot.sut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Leader following and primaries against two tiny nodes: n1 refuses and names n2 (index 1). */
class HttpJsonClientsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final List<HttpServer> servers = new ArrayList<>();
    private final AtomicInteger leaderOps = new AtomicInteger();

    private NodeAddress node(String name, String op, String status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/op", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (op.contains("\"ok\"")) {
                leaderOps.incrementAndGet();
            }
            send(exchange, op);
        });
        server.createContext("/status", exchange -> send(exchange, status));
        server.start();
        servers.add(server);
        return new NodeAddress(name, "127.0.0.1", server.getAddress().getPort());
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        servers.forEach(server -> server.stop(0));
    }

    /** Two reads by a client at {@code home}, which knows of {@code other} too, both end {@code expected}. */
    private static void assertBothReadsAnswered(HttpJsonClients clients, NodeAddress home, NodeAddress other,
                                                Completion expected) {
        clients.client(other, TIMEOUT).close();
        try (Client client = clients.client(home, TIMEOUT)) {
            client.open();
            Request read = new Request("read", 0, null, 1, 1);
            assertEquals(expected, client.invoke(read));
            assertEquals(expected, client.invoke(read));
        }
    }

    @Test
    void aRefusalIsFollowedToTheLeaderItNamesAndTheClientStaysThere() throws IOException {
        NodeAddress n1 = node("n1", "{\"type\":\"fail\",\"error\":\"not the leader\",\"refused\":true,"
                + "\"leader\":\"1\"}", "{\"id\":\"0\",\"leader\":\"1\"}");
        NodeAddress n2 = node("n2", "{\"type\":\"ok\",\"value\":7}", "{\"id\":\"1\",\"leader\":\"1\"}");
        HttpJsonClients clients = new HttpJsonClients(NodeIds.INDEX);
        assertBothReadsAnswered(clients, n1, n2, Completion.ok(7L));
        assertEquals(2, leaderOps.get(), "the second read went to n2 at once");
        assertEquals(List.of("n2"), clients.primaries(List.of(n1, n2), TIMEOUT));
    }

    @Test
    void aRefusalThatNamesNoLeaderIsTriedOnTheNextNode() throws IOException {
        NodeAddress n1 = node("n1", "{\"type\":\"fail\",\"error\":\"not the leader\",\"refused\":true}",
                "{\"id\":\"0\"}");
        NodeAddress n2 = node("n2", "{\"type\":\"ok\",\"value\":7}", "{\"id\":\"1\",\"leader\":\"1\"}");
        assertBothReadsAnswered(new HttpJsonClients(NodeIds.INDEX), n1, n2, Completion.ok(7L));
        assertEquals(2, leaderOps.get(), "the second read went to n2 at once");
    }

    @Test
    void aRefusalEverywhereIsReturnedAfterTheHops() throws IOException {
        String refusal = "{\"type\":\"fail\",\"error\":\"rejoining after amnesia\",\"refused\":true}";
        NodeAddress n1 = node("n1", refusal, "{\"id\":\"0\"}");
        NodeAddress n2 = node("n2", refusal, "{\"id\":\"1\"}");
        assertBothReadsAnswered(new HttpJsonClients(NodeIds.INDEX), n1, n2,
                Completion.fail("rejoining after amnesia"));
    }

    @Test
    void withoutNodeIdsARefusalIsReturnedAndNoLeaderIsNamed() throws IOException {
        NodeAddress n1 = node("n1", "{\"type\":\"fail\",\"error\":\"not the leader\",\"refused\":true,"
                + "\"leader\":\"1\"}", "{\"id\":\"0\",\"leader\":\"0\"}");
        HttpJsonClients clients = new HttpJsonClients(null);
        try (Client client = clients.client(n1, TIMEOUT)) {
            client.open();
            assertEquals(Completion.fail("not the leader"), client.invoke(new Request("read", 0, null, 1, 1)));
        }
        assertEquals(List.of(), clients.primaries(List.of(n1), TIMEOUT));
    }

    @Test
    void nodeIdsNameBallotsNodes() {
        assertEquals("n1", NodeIds.INDEX.node("0"));
        assertEquals("n1", NodeIds.ID.node("1"));
        assertEquals("n3", NodeIds.NAME.node("n3"));
        assertEquals(null, NodeIds.INDEX.node("leader?"));
        assertEquals(null, NodeIds.ID.node("0"));
    }
}
