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

    @Test
    void aRefusalIsFollowedToTheLeaderItNamesAndTheClientStaysThere() throws IOException {
        NodeAddress n1 = node("n1", "{\"type\":\"fail\",\"error\":\"not the leader\",\"refused\":true,"
                + "\"leader\":\"1\"}", "{\"id\":\"0\",\"leader\":\"1\"}");
        NodeAddress n2 = node("n2", "{\"type\":\"ok\",\"value\":7}", "{\"id\":\"1\",\"leader\":\"1\"}");
        HttpJsonClients clients = new HttpJsonClients(NodeIds.INDEX);
        clients.client(n2, TIMEOUT).close();
        try (Client client = clients.client(n1, TIMEOUT)) {
            client.open();
            Request read = new Request("read", 0, null, 1, 1);
            assertEquals(Completion.ok(7L), client.invoke(read));
            assertEquals(Completion.ok(7L), client.invoke(read));
        }
        assertEquals(2, leaderOps.get());
        assertEquals(List.of("n2"), clients.primaries(List.of(n1, n2), TIMEOUT));
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
