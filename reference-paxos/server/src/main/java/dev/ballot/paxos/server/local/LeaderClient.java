package dev.ballot.paxos.server.local;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark client: sends each operation to the node it believes leads over a kept-alive
 * connection, and on a refusal moves to the node the refusal names (or the next one), like
 * {@link NodeClient#toLeader} but on {@link HttpConnection}s. It reads only the answer's
 * {@code type} and {@code leader} fields, by looking for them in the text: parsing JSON would
 * cost the measuring side more CPU than it needs. Not thread-safe: one per client thread.
 */
public final class LeaderClient implements AutoCloseable {
    private final List<HttpConnection> nodes = new ArrayList<>();
    private int leader;

    public LeaderClient(List<URI> nodes, int timeoutMillis) {
        nodes.forEach(uri -> this.nodes.add(new HttpConnection(uri, timeoutMillis)));
    }

    /**
     * Sends {@code body} to {@code POST /op} of the leader, following refusals, for at most
     * {@code attempts} tries; returns the answer's type ({@code ok}, {@code fail}, {@code info}),
     * {@code refused} if every try was refused, or {@code unreachable} if the last one failed.
     */
    public String op(String body, int attempts) throws InterruptedException {
        String type = "unreachable";
        for (int attempt = 0; attempt < attempts; attempt++) {
            int target = leader;
            String answer;
            try {
                answer = nodes.get(target).post("/op", body);
            } catch (IOException e) {
                answer = null;
            }
            type = answer == null ? "unreachable" : field(answer, "type");
            boolean refused = answer != null && answer.contains("\"refused\":true");
            if (answer != null && !refused) {
                return type;
            }
            type = answer == null ? "unreachable" : "refused";
            String hint = answer == null ? null : field(answer, "leader");
            leader = hint == null ? (target + 1) % nodes.size() : Integer.parseInt(hint);
            if (hint == null || leader == target) {
                Thread.sleep(50);
            }
        }
        return type;
    }

    /** The string value of {@code "name":"..."} in a flat JSON object, or null. */
    private static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int start = json.indexOf(key);
        if (start < 0) {
            return null;
        }
        start += key.length();
        int end = json.indexOf('"', start);
        return end < 0 ? null : json.substring(start, end);
    }

    @Override
    public void close() {
        nodes.forEach(HttpConnection::close);
    }
}
