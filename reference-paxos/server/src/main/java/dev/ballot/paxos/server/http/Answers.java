package dev.ballot.paxos.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.server.loop.NodeStatus;

/** The JSON bodies of the client API's answers (see the server's README for the protocol). */
final class Answers {
    private final ObjectMapper json;

    Answers(ObjectMapper json) {
        this.json = json;
    }

    /** An operation's outcome; {@code leader} is this node's own guess, used when the core gave none. */
    ObjectNode outcome(Outcome outcome, int leader) {
        ObjectNode body = json.createObjectNode();
        if (outcome instanceof Outcome.Ok ok) {
            body.put("type", "ok");
            body.put("value", ok.value());
        } else if (outcome instanceof Outcome.Fail fail) {
            body.put("type", "fail");
            body.put("error", fail.error());
            if (fail.refused()) {
                body.put("refused", true);
                int hint = fail.leaderHint() >= 0 ? fail.leaderHint() : leader;
                if (hint >= 0) {
                    body.put("leader", String.valueOf(hint));
                }
            }
        } else if (outcome instanceof Outcome.Unknown unknown) {
            body.put("type", "info");
            body.put("error", unknown.error());
        } else {
            throw new AssertionError(outcome);
        }
        return body;
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
