package dev.ballot.paxos.server.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A client of a cluster's HTTP API that follows the leader: it sends an operation to the node it
 * believes leads, and on a refusal moves to the node the refusal names (or the next one). Uses
 * one {@link HttpClient}, so connections are kept alive and shared by the threads that call it.
 * Thread-safe.
 */
public final class NodeClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> nodes;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private volatile int leader;

    public NodeClient(List<URI> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** A response: its HTTP status and JSON body. */
    public record Response(int code, JsonNode body) {
        public String type() {
            return body.path("type").asText();
        }
    }

    /** Sends {@code body} to node {@code id}'s {@code POST /op}. */
    public Response op(int id, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(nodes.get(id).resolve("/op"))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** {@code GET path} on node {@code id}. */
    public Response get(int id, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(nodes.get(id).resolve(path)).timeout(Duration.ofSeconds(2)).GET().build());
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), JSON.readTree(response.body()));
    }

    /**
     * Sends {@code body} to the leader, following refusals, until an answer other than a refusal
     * or {@code attempts} tries; a node that cannot be reached counts as a refusal without hint.
     */
    public Response toLeader(String body, int attempts) throws InterruptedException {
        Response last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            int target = leader;
            try {
                last = op(target, body);
            } catch (IOException e) {
                last = null;
            }
            if (last != null && !isRefusal(last)) {
                return last;
            }
            String hint = last == null ? "" : last.body().path("leader").asText("");
            leader = hint.isEmpty() ? (target + 1) % nodes.size() : Integer.parseInt(hint);
            if (hint.isEmpty() || Integer.parseInt(hint) == target) {
                Thread.sleep(50);
            }
        }
        return last;
    }

    private static boolean isRefusal(Response response) {
        return "fail".equals(response.type()) && response.body().path("refused").asBoolean(false);
    }
}
