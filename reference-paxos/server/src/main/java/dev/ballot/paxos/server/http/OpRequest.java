package dev.ballot.paxos.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ballot.paxos.Request;

/**
 * A parsed {@code POST /op} body: the instance key (single-decree mode only; null otherwise),
 * the core request, and the client's {@code (client, seq)} if it gave one.
 */
record OpRequest(Long key, Request request, Long client, long seq) {

    /** Parses and checks a body; throws {@link IllegalArgumentException} naming what is wrong. */
    static OpRequest parse(JsonNode body, boolean keyed) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        String f = text(body, "f");
        long key = body.has("key") && !body.get("key").isNull() ? integer(body.get("key"), "key") : 0;
        JsonNode value = body.get("value");
        Request request;
        switch (f) {
            case "read" -> request = new Request.Read(key);
            case "write" -> request = new Request.Write(key, integer(value, "value"));
            case "propose" -> request = new Request.Propose(integer(value, "value"));
            case "cas" -> {
                if (value == null || !value.isArray() || value.size() != 2) {
                    throw new IllegalArgumentException("cas takes \"value\": [expected, new]");
                }
                Long expected = value.get(0).isNull() ? null : integer(value.get(0), "expected value");
                request = new Request.Cas(key, expected, integer(value.get(1), "new value"));
            }
            default -> throw new IllegalArgumentException("unknown f: " + f);
        }
        // Checked here because the core must never see a request its protocol does not serve.
        boolean served = request instanceof Request.Read || keyed == request instanceof Request.Propose;
        if (!served) {
            throw new IllegalArgumentException(f + " is not served in " + (keyed ? "single" : "multi") + " mode");
        }
        boolean hasClient = body.hasNonNull("client");
        if (hasClient != body.hasNonNull("seq")) {
            throw new IllegalArgumentException("\"client\" and \"seq\" come together or not at all");
        }
        Long client = hasClient ? integer(body.get("client"), "client") : null;
        long seq = hasClient ? integer(body.get("seq"), "seq") : 0;
        return new OpRequest(keyed ? key : null, request, client, seq);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return node.asText();
    }

    private static long integer(JsonNode node, String what) {
        if (node == null || !node.canConvertToExactIntegral() || !node.canConvertToLong()) {
            throw new IllegalArgumentException(what + " must be an integer");
        }
        return node.asLong();
    }
}
