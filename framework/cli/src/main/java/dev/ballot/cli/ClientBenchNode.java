package dev.ballot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The node that the {@code client} suite of {@code ballot bench} talks to, run in a JVM of its
 * own so that the bench's JVM spends its CPU on the client path alone. It serves
 * {@code POST /op} on loopback with the JDK's {@code com.sun.net.httpserver} and answers every
 * request at once with {@code {"type":"ok","value":SEQ}}, the request's own {@code seq}, so that
 * the bench can tell that each reply is its request's. It prints its port on a line of its own
 * when it serves, and exits when its standard input closes (when the bench ends, however it
 * ends).
 */
final class ClientBenchNode {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientBenchNode() {
    }

    public static void main(String[] args) throws IOException {
        // Without TCP_NODELAY the JDK's server waits for the client's delayed ACK before sending
        // a small answer: 40 ms per request on Linux. Read once, when the server's class loads.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // By default it keeps at most 200 idle connections and closes any beyond, after answering,
        // which a client whose connections are never closed (each level opens new ones) would
        // meet as a connection lost after sending.
        System.setProperty("sun.net.httpserver.maxIdleConnections", "100000");
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.createContext("/op", ClientBenchNode::answer);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // Until the bench closes the pipe.
        }
        System.exit(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            byte[] reply = ("{\"type\":\"ok\",\"value\":" + request.path("seq").asLong(-1) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(reply);
            }
        }
    }
}
