package dev.ballot.sut;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.history.OpType;
import dev.ballot.history.Values;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Client} for the reference HTTP/JSON protocol: {@code POST /op} with
 * {@code {"f","key","value","client","seq"}}, answered by {@code {"type":"ok|fail|info","value",
 * "error"}}, and for a {@code fail} that the node did not take at all, {@code "refused":true} with
 * perhaps {@code "leader":"ID"}, whom to ask instead ({@link #send} keeps those). One HTTP/1.1
 * connection per client, kept alive between requests.
 *
 * <p>Mapping, per the {@link Client} contract: the node's {@code type} is taken as it is; a refused
 * connection or a connect timeout (nothing was sent) is {@code fail}; a request timeout, a
 * connection closed or reset after sending, a non-JSON body, a missing or unknown {@code type} are
 * {@code info}. {@link #invoke} never throws.
 */
public final class HttpJsonClient implements Client {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI uri;
    private final Duration timeout;
    private HttpClient http;

    public HttpJsonClient(NodeAddress address, Duration timeout) {
        this.uri = URI.create("http://" + address.host() + ":" + address.port() + "/op");
        this.timeout = timeout;
    }

    @Override
    public void open() {
        // Java 17's HttpClient has no close(): a closed client's pool is released with the client.
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
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
        HttpClient client = http;
        if (client == null) {
            return Reply.of(Completion.fail("client is not open"));
        }
        try {
            HttpResponse<byte[]> response = client.send(post(request),
                    HttpResponse.BodyHandlers.ofByteArray());
            return parse(response.statusCode(), response.body());
        } catch (HttpConnectTimeoutException e) {
            return Reply.of(Completion.fail("connect timed out after " + timeout.toMillis() + " ms"));
        } catch (HttpTimeoutException e) {
            return Reply.of(Completion.info("timed out after " + timeout.toMillis() + " ms"));
        } catch (ConnectException e) {
            return Reply.of(Completion.fail("connection refused"));
        } catch (IOException e) {
            return Reply.of(Completion.info("connection lost after sending: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.of(Completion.info("interrupted while waiting for the reply"));
        } catch (RuntimeException e) {
            return Reply.of(Completion.info("client error: " + e));
        }
    }

    private HttpRequest post(Request request) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("f", request.f());
        body.put("key", request.key());
        body.put("value", request.value());
        body.put("client", request.process());
        body.put("seq", request.seq());
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(MAPPER.writeValueAsBytes(body)))
                .build();
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
        http = null;
    }
}
