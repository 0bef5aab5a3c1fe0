package dev.ballot.sut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ballot.history.OpType;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a tiny node whose behaviour is chosen by the request's key. */
class HttpJsonClientTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private HttpServer server;
    private HttpJsonClient client;
    private volatile JsonNode lastRequest;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/op", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        client = new HttpJsonClient(new NodeAddress("n1", "127.0.0.1",
                server.getAddress().getPort()), Duration.ofMillis(500));
        client.open();
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        lastRequest = MAPPER.readTree(exchange.getRequestBody());
        switch (lastRequest.get("key").asText()) {
            case "ok" -> reply(exchange, 200, "{\"type\":\"ok\",\"value\":[1,2]}");
            case "fail" -> reply(exchange, 200, "{\"type\":\"fail\",\"error\":\"not leader\"}");
            case "info" -> reply(exchange, 200, "{\"type\":\"info\",\"error\":\"indeterminate\"}");
            case "garbage" -> reply(exchange, 200, "<<<\u0000 not json");
            case "bad-type" -> reply(exchange, 200, "{\"type\":\"invoke\"}");
            case "error-page" -> reply(exchange, 500, "Internal Server Error");
            case "hang" -> sleep(3_000);
            // Closing before any response header drops the connection after the request arrived.
            case "drop" -> exchange.close();
            default -> throw new AssertionError(lastRequest);
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Completion invoke(String key) {
        return client.invoke(new Request("cas", key, List.of(1L, 2L), 7, 3));
    }

    @Test
    void okCarriesTheValueAndTheRequestCarriesEveryField() {
        assertEquals(Completion.ok(List.of(1L, 2L)), invoke("ok"));
        assertEquals("{\"f\":\"cas\",\"key\":\"ok\",\"value\":[1,2],\"client\":7,\"seq\":3}",
                lastRequest.toString());
    }

    @Test
    void theNodesFailAndInfoAreTakenAsTheyAre() {
        assertEquals(Completion.fail("not leader"), invoke("fail"));
        assertEquals(Completion.info("indeterminate"), invoke("info"));
    }

    @Test
    void aRefusalKeepsItsLeaderHint() {
        HttpJsonClient.Reply refusal = HttpJsonClient.parse(200, ("{\"type\":\"fail\","
                + "\"error\":\"not the leader\",\"refused\":true,\"leader\":\"2\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(new HttpJsonClient.Reply(Completion.fail("not the leader"), true, "2"), refusal);
        HttpJsonClient.Reply mismatch = HttpJsonClient.parse(200,
                "{\"type\":\"fail\",\"error\":\"cas mismatch\",\"leader\":\"2\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(new HttpJsonClient.Reply(Completion.fail("cas mismatch"), false, null), mismatch,
                "only a refusal names whom to ask instead");
    }

    @Test
    void garbledRepliesAreInfo() {
        for (String key : List.of("garbage", "bad-type", "error-page")) {
            Completion completion = invoke(key);
            assertEquals(OpType.INFO, completion.type(), key);
            assertNull(completion.value());
        }
    }

    @Test
    void aHangingNodeTimesOutAsInfo() {
        long start = System.nanoTime();
        Completion completion = invoke("hang");
        assertEquals(OpType.INFO, completion.type());
        assertTrue(completion.error().contains("timed out"), completion.error());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "the timeout bounds the wait");
    }

    @Test
    void aConnectionDroppedAfterSendingIsInfo() {
        assertEquals(OpType.INFO, invoke("drop").type());
        assertEquals(Completion.ok(List.of(1L, 2L)), invoke("ok"), "the client recovers");
    }

    @Test
    void aRefusedConnectionIsFail() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        HttpJsonClient refused = new HttpJsonClient(new NodeAddress("n2", "127.0.0.1", port),
                Duration.ofMillis(500));
        refused.open();
        assertEquals(Completion.fail("connection refused"),
                refused.invoke(new Request("read", "k", null, 1, 1)));
        refused.close();
    }

    @Test
    void aClosedClientFailsWithoutSending() {
        client.close();
        assertEquals(OpType.FAIL, invoke("ok").type());
        assertNull(lastRequest);
    }
}
