package dev.ballot.paxos.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.paxos.Outcome;
import org.junit.jupiter.api.Test;

/** The hand-written outcome bodies are valid JSON with the fields the README promises. */
class AnswersTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode parse(Outcome outcome, int leader) throws Exception {
        return json.readTree(Answers.outcome(outcome, leader));
    }

    @Test
    void okCarriesTheValueOrNull() throws Exception {
        assertEquals(json.readTree("{\"type\":\"ok\",\"value\":-5}"), parse(new Outcome.Ok(-5L), -1));
        assertEquals(json.readTree("{\"type\":\"ok\",\"value\":null}"), parse(new Outcome.Ok(null), -1));
    }

    @Test
    void refusalsNameTheLeaderTheCoreOrTheNodeKnows() throws Exception {
        assertEquals(json.readTree("{\"type\":\"fail\",\"error\":\"not the leader\",\"refused\":true,\"leader\":\"2\"}"),
                parse(Outcome.Fail.refusal("not the leader", 2), 1));
        assertEquals(json.readTree("{\"type\":\"fail\",\"error\":\"x\",\"refused\":true,\"leader\":\"1\"}"),
                parse(Outcome.Fail.refusal("x", -1), 1));
        assertEquals(json.readTree("{\"type\":\"fail\",\"error\":\"cas mismatch: 6\"}"),
                parse(new Outcome.Fail("cas mismatch: 6", -1, false), 1));
    }

    @Test
    void errorsAreEscaped() throws Exception {
        String nasty = "a \"quoted\" back\\slash\n\ttab \u0001 é";
        assertEquals(nasty, parse(new Outcome.Unknown(nasty), -1).get("error").asText());
        assertEquals("info", parse(new Outcome.Unknown(nasty), -1).get("type").asText());
    }
}
