package dev.ballot.paxos.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.server.loop.Event;
import dev.ballot.paxos.server.loop.EventLoop;
import dev.ballot.paxos.server.loop.NodeStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client API over HTTP/1.1 (keep-alive): {@code POST /op}, {@code GET /health},
 * {@code GET /status}, as the server's README documents. Each call is handed to the event loop
 * and its handler thread waits for the core's answer; the loop answers unknown when the node's
 * request timeout passes, and the handler itself gives up a second later as a last resort. A
 * body that is not understood is answered 400, never a crash.
 */
public final class ClientApi {
    private static final Logger LOG = LoggerFactory.getLogger(ClientApi.class);
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final EventLoop loop;
    private final boolean keyed;
    private final ObjectMapper json = new ObjectMapper();
    private final Answers answers = new Answers(json);
    private final long waitMillis;

    /**
     * @param keyed whether requests address single-decree instances by key
     * @param requestTimeoutMillis the node's request timeout (the loop answers unknown then)
     * @param threads handler threads: the most requests served at once
     */
    public ClientApi(int port, EventLoop loop, boolean keyed, long requestTimeoutMillis, int threads) throws IOException {
        this.loop = loop;
        this.keyed = keyed;
        this.waitMillis = requestTimeoutMillis + 1000;
        // The JDK server leaves Nagle's algorithm on unless told otherwise; with the client's
        // delayed ACKs that adds up to 40 ms to every small response written in two pieces.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.server = HttpServer.create(new InetSocketAddress(port), 1024);
        this.handlers = Executors.newFixedThreadPool(threads);
        server.setExecutor(handlers);
        server.createContext("/op", exchange -> serve(exchange, "POST", this::op));
        server.createContext("/health", exchange -> serve(exchange, "GET", this::health));
        server.createContext("/status", exchange -> serve(exchange, "GET", this::status));
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop(0);
        handlers.shutdownNow();
    }

    /** What one endpoint answers: a status code and a JSON body. */
    private record Answer(int code, JsonNode body) {
    }

    private interface Endpoint {
        Answer handle(HttpExchange exchange) throws IOException;
    }

    private void serve(HttpExchange exchange, String method, Endpoint endpoint) throws IOException {
        try {
            Answer answer = exchange.getRequestMethod().equals(method)
                    ? endpoint.handle(exchange)
                    : new Answer(405, answers.badRequest("use " + method));
            byte[] bytes = json.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.code(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("answering {} failed: {}", exchange.getRequestURI(), e.toString());
        } finally {
            exchange.close();
        }
    }

    private Answer op(HttpExchange exchange) throws IOException {
        OpRequest request;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                return new Answer(413, answers.badRequest("body larger than " + MAX_BODY + " bytes"));
            }
            request = OpRequest.parse(json.readTree(body), keyed);
        } catch (JacksonException | IllegalArgumentException e) {
            return new Answer(400, answers.badRequest("bad request: " + e.getMessage()));
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        loop.submit(new Event.Call(request.key(), request.request(), request.client(), request.seq(), outcome));
        return new Answer(200, answers.outcome(await(outcome), loop.status().leader()));
    }

    private Outcome await(CompletableFuture<Outcome> outcome) {
        try {
            return outcome.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Outcome.Unknown("no answer from the event loop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.Unknown("interrupted");
        } catch (ExecutionException e) {
            return new Outcome.Unknown(String.valueOf(e.getCause()));
        }
    }

    private Answer health(HttpExchange exchange) {
        NodeStatus status = loop.status();
        return new Answer(status.healthy() ? 200 : 503, answers.status(status));
    }

    private Answer status(HttpExchange exchange) {
        return new Answer(200, answers.status(loop.status()));
    }
}
