package dev.ballot.sut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.history.OpType;
import dev.ballot.history.Values;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Client} for the reference HTTP/JSON protocol: {@code POST /op} with
 * {@code {"f","key","value","client","seq"}}, answered by {@code {"type":"ok|fail|info","value",
 * "error"}}, and for a {@code fail} that the node did not take at all, {@code "refused":true} with
 * perhaps {@code "leader":"ID"}, whom to ask instead ({@link #send} keeps those). One blocking
 * HTTP/1.1 connection per client ({@link HttpConnection}), kept alive between requests, made
 * when the first request needs it and again after any error; {@link #close} closes it.
 *
 * <p>Mapping, per the {@link Client} contract: the node's {@code type} is taken as it is; a refused
 * connection, a connect timeout or any other failure to connect (nothing was sent) is
 * {@code fail}; no answer within the timeout, a connection closed or reset after sending, an
 * answer that is not HTTP, a non-JSON body, a missing or unknown {@code type} are {@code info}.
 * The timeout bounds the whole call, connecting included. {@link #invoke} never throws.
 */
public final class HttpJsonClient implements Client {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpConnection connection;
    private final Duration timeout;
    private boolean open;

    public HttpJsonClient(NodeAddress address, Duration timeout) {
        this.connection = new HttpConnection(address.host(), address.port(), "/op");
        this.timeout = timeout;
    }

    /** Makes the client usable; the connection itself is made by the first request. */
    @Override
    public void open() {
        open = true;
    }

    /**
     * What a node answered.
     *
     * @param completion the outcome, mapped as the class comment says
     * @param refused the node did not take the request at all ({@code fail} with
     *     {@code "refused":true}: not the leader, not voting yet), so sending it elsewhere is safe
     * @param leader a refusal's hint of whom to ask instead, in the system's own node ids, or null
     */
    public record Reply(Completion completion, boolean refused, String leader) {
        static Reply of(Completion completion) {
            return new Reply(completion, false, null);
        }
    }

    @Override
    public Completion invoke(Request request) {
        return send(request).completion();
    }

    /** Performs one request, as {@link #invoke}, keeping a refusal's leader hint. Never throws. */
    public Reply send(Request request) {
        if (!open) {
            return Reply.of(Completion.fail("client is not open"));
        }
        byte[] body;
        try {
            body = body(request);
        } catch (IOException | RuntimeException e) {
            return Reply.of(Completion.fail("could not encode the request: " + e));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            HttpConnection.Response response = connection.post(body, deadline);
            return parse(response.status(), response.body());
        } catch (HttpConnection.NotSentException e) {
            return Reply.of(Completion.fail(e.getCause() instanceof SocketTimeoutException
                    ? "connect timed out after " + timeout.toMillis() + " ms" : e.getMessage()));
        } catch (SocketTimeoutException e) {
            return Reply.of(Completion.info("timed out after " + timeout.toMillis() + " ms"));
        } catch (HttpConnection.MalformedReplyException e) {
            return Reply.of(Completion.info("garbled reply: " + e.getMessage()));
        } catch (IOException e) {
            return Reply.of(Completion.info("connection lost after sending: " + e));
        } catch (RuntimeException e) {
            connection.close();
            return Reply.of(Completion.info("client error: " + e));
        }
    }

    private static byte[] body(Request request) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("f", request.f());
        body.put("key", request.key());
        body.put("value", request.value());
        body.put("client", request.process());
        body.put("seq", request.seq());
        return MAPPER.writeValueAsBytes(body);
    }

    /** A reply the node sent; anything that is not a well-formed answer is unknown. */
    static Reply parse(int status, byte[] body) {
        JsonNode reply;
        try {
            reply = MAPPER.readTree(body);
        } catch (IOException e) {
            return Reply.of(Completion.info("garbled reply (HTTP " + status + "): "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        JsonNode type = reply == null ? null : reply.get("type");
        OpType parsed = type == null || !type.isTextual() ? null : OpType.fromWireName(type.asText());
        if (parsed == null || parsed == OpType.INVOKE) {
            return Reply.of(Completion.info("reply without a valid type (HTTP " + status + "): " + reply));
        }
        String error = text(reply.get("error"));
        Object value = Values.normalize(MAPPER.convertValue(reply.get("value"), Object.class));
        Completion completion = new Completion(parsed, parsed == OpType.OK ? value : null, error);
        boolean refused = parsed == OpType.FAIL && reply.path("refused").asBoolean(false);
        return new Reply(completion, refused, refused ? text(reply.get("leader")) : null);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    @Override
    public void close() {
        open = false;
        connection.close();
    }
}
