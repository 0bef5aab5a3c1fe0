package dev.ballot.paxos.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.server.loop.NodeStatus;
import java.nio.charset.StandardCharsets;

/** The JSON bodies of the client API's answers (see the server's README for the protocol). */
final class Answers {
    private final ObjectMapper json;

    Answers(ObjectMapper json) {
        this.json = json;
    }

    /**
     * An operation's outcome as JSON bytes; {@code leader} is this node's own guess, used when the
     * core gave none. Written by hand, not through a Jackson tree: this is every operation's answer
     * and the tree and its serializer were a visible share of a busy leader's CPU.
     */
    static byte[] outcome(Outcome outcome, int leader) {
        StringBuilder body = new StringBuilder(64);
        if (outcome instanceof Outcome.Ok ok) {
            body.append("{\"type\":\"ok\",\"value\":").append(ok.value() == null ? "null" : ok.value().toString());
        } else if (outcome instanceof Outcome.Fail fail) {
            body.append("{\"type\":\"fail\",\"error\":");
            string(body, fail.error());
            if (fail.refused()) {
                body.append(",\"refused\":true");
                int hint = fail.leaderHint() >= 0 ? fail.leaderHint() : leader;
                if (hint >= 0) {
                    body.append(",\"leader\":\"").append(hint).append('"');
                }
            }
        } else if (outcome instanceof Outcome.Unknown unknown) {
            body.append("{\"type\":\"info\",\"error\":");
            string(body, unknown.error());
        } else {
            throw new AssertionError(outcome);
        }
        return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string literal (RFC 8259 §7): quote, backslash and control characters escaped. */
    private static void string(StringBuilder into, String text) {
        into.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                into.append('\\').append(c);
            } else if (c < 0x20) {
                into.append(String.format("\\u%04x", (int) c));
            } else {
                into.append(c);
            }
        }
        into.append('"');
    }

    /** A request that was not understood: it certainly did not happen. */
    ObjectNode badRequest(String error) {
        ObjectNode body = json.createObjectNode();
        body.put("type", "fail");
        body.put("error", error);
        return body;
    }

    ObjectNode status(NodeStatus status) {
        ObjectNode body = json.createObjectNode();
        body.put("id", String.valueOf(status.id()));
        body.put("mode", status.mode());
        body.put("incarnation", status.incarnation());
        body.put("voting", status.voting());
        body.put("leader", status.leader() >= 0 ? String.valueOf(status.leader()) : null);
        body.put("applied", status.applied());
        body.put("mutant", status.mutant());
        body.put("healthy", status.healthy());
        body.put("fsyncs", status.fsyncs());
        return body;
    }
}
