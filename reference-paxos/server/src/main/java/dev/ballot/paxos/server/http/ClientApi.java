package dev.ballot.paxos.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.paxos.server.loop.Event;
import dev.ballot.paxos.server.loop.EventLoop;
import dev.ballot.paxos.server.loop.NodeStatus;
import java.io.IOException;

/**
 * The client API over HTTP/1.1 (keep-alive): {@code POST /op}, {@code GET /health},
 * {@code GET /status}, as the server's README documents. Each call is handed to the event loop,
 * which writes the core's answer to the connection itself (see {@link KeepAliveServer}); it
 * answers unknown when the node's request timeout passes. A body that is not understood is
 * answered 400, never a crash.
 */
public final class ClientApi implements KeepAliveServer.Handler {
    private static final int MAX_BODY = 1 << 20;

    private final KeepAliveServer server;
    private final EventLoop loop;
    private final boolean keyed;
    private final ObjectMapper json = new ObjectMapper();
    private final Answers answers = new Answers(json);

    /**
     * @param keyed whether requests address single-decree instances by key
     * @param requestTimeoutMillis the node's request timeout (the loop answers unknown then)
     * @param threads the most connections served at once (a thread each)
     */
    public ClientApi(int port, EventLoop loop, boolean keyed, long requestTimeoutMillis, int threads) throws IOException {
        this.loop = loop;
        this.keyed = keyed;
        // A second past the loop's own timeout: only a loop that stopped answering reaches it.
        this.server = new KeepAliveServer(port, threads, MAX_BODY, requestTimeoutMillis + 1000, this);
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void handle(Exchange exchange, KeepAliveServer.Reply reply) {
        String method = switch (exchange.path) {
            case "/op" -> "POST";
            case "/health", "/status" -> "GET";
            default -> null;
        };
        if (method == null) {
            reply.send(404, bytes(answers.badRequest("no such endpoint: " + exchange.path)));
        } else if (!exchange.method.equals(method)) {
            reply.send(405, bytes(answers.badRequest("use " + method)));
        } else if (exchange.path.equals("/op")) {
            op(exchange.body, reply);
        } else if (exchange.path.equals("/health")) {
            NodeStatus status = loop.status();
            reply.send(status.healthy() ? 200 : 503, bytes(answers.status(status)));
        } else {
            reply.send(200, bytes(answers.status(loop.status())));
        }
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

    private byte[] bytes(JsonNode body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    private void op(byte[] body, KeepAliveServer.Reply reply) {
        OpRequest request = CanonicalOp.parse(body, keyed);
        if (request == null) {
            // Not the plain form: Jackson reads it, and words the 400 if it is not understood.
            try {
                request = OpRequest.parse(json.readTree(body), keyed);
            } catch (IOException | IllegalArgumentException e) {
                reply.send(400, bytes(answers.badRequest("bad request: " + e.getMessage())));
                return;
            }
        }
        loop.submit(new Event.Call(request.key(), request.request(), request.client(), request.seq(),
                outcome -> reply.send(200, Answers.outcome(outcome, loop.status().leader()))));
    }
}
