package dev.ballot.paxos.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.server.loop.Event;
import dev.ballot.paxos.server.loop.EventLoop;
import dev.ballot.paxos.server.loop.NodeStatus;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The client API over HTTP/1.1 (keep-alive): {@code POST /op}, {@code GET /health},
 * {@code GET /status}, as the server's README documents. Each call is handed to the event loop
 * and its connection's thread waits for the core's answer; the loop answers unknown when the
 * node's request timeout passes, and the thread itself gives up a second later as a last resort.
 * A body that is not understood is answered 400, never a crash.
 */
public final class ClientApi implements KeepAliveServer.Handler {
    private static final int MAX_BODY = 1 << 20;

    private final KeepAliveServer server;
    private final EventLoop loop;
    private final boolean keyed;
    private final ObjectMapper json = new ObjectMapper();
    private final Answers answers = new Answers(json);
    private final long waitMillis;

    /**
     * @param keyed whether requests address single-decree instances by key
     * @param requestTimeoutMillis the node's request timeout (the loop answers unknown then)
     * @param threads the most connections served at once (a thread each)
     */
    public ClientApi(int port, EventLoop loop, boolean keyed, long requestTimeoutMillis, int threads) throws IOException {
        this.loop = loop;
        this.keyed = keyed;
        this.waitMillis = requestTimeoutMillis + 1000;
        this.server = new KeepAliveServer(port, threads, MAX_BODY, this);
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public KeepAliveServer.Answer handle(Exchange exchange) {
        String method = switch (exchange.path) {
            case "/op" -> "POST";
            case "/health", "/status" -> "GET";
            default -> null;
        };
        if (method == null) {
            return answer(404, answers.badRequest("no such endpoint: " + exchange.path));
        }
        if (!exchange.method.equals(method)) {
            return answer(405, answers.badRequest("use " + method));
        }
        return switch (exchange.path) {
            case "/op" -> op(exchange.body);
            case "/health" -> health();
            default -> answer(200, answers.status(loop.status()));
        };
    }

    @Override
    public byte[] refusal(int status) {
        String error = switch (status) {
            case 411 -> "bad request: a body needs Content-Length";
            case 413 -> "body larger than " + MAX_BODY + " bytes";
            default -> "bad request: not HTTP/1.1";
        };
        return bytes(answers.badRequest(error));
    }

    private KeepAliveServer.Answer answer(int code, JsonNode body) {
        return new KeepAliveServer.Answer(code, bytes(body));
    }

    private byte[] bytes(JsonNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private KeepAliveServer.Answer op(byte[] body) {
        OpRequest request = CanonicalOp.parse(body, keyed);
        if (request == null) {
            // Not the plain form: Jackson reads it, and words the 400 if it is not understood.
            try {
                request = OpRequest.parse(json.readTree(body), keyed);
            } catch (IOException | IllegalArgumentException e) {
                return answer(400, answers.badRequest("bad request: " + e.getMessage()));
            }
        }
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        loop.submit(new Event.Call(request.key(), request.request(), request.client(), request.seq(), outcome));
        return new KeepAliveServer.Answer(200, Answers.outcome(await(outcome), loop.status().leader()));
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

    private KeepAliveServer.Answer health() {
        NodeStatus status = loop.status();
        return answer(status.healthy() ? 200 : 503, answers.status(status));
    }
}
