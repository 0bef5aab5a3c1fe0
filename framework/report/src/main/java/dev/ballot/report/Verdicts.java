package dev.ballot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballot.checker.CheckResult;
import dev.ballot.checker.ResultsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checker verdicts from the JSON that {@code results.json} and {@code ballot check} print
 * ({@link ResultsJson}). Results in memory go through the same JSON, so a report drawn from a
 * stored run and one drawn right after the check cannot differ.
 */
public final class Verdicts {
    private Verdicts() {
    }

    /** From checker results in memory, in their order. */
    public static List<CheckerVerdict> of(Map<String, CheckResult> results) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        results.forEach((name, result) -> json.set(name, ResultsJson.result(result)));
        return fromJson(json);
    }

    /** From a {@code checkers} object: checker name to {@code {"valid": ..., ...}}. */
    public static List<CheckerVerdict> fromJson(JsonNode checkers) {
        List<CheckerVerdict> verdicts = new ArrayList<>();
        if (checkers == null) {
            return verdicts;
        }
        checkers.properties().forEach(entry -> verdicts.add(verdict(entry.getKey(), entry.getValue())));
        return verdicts;
    }

    private static CheckerVerdict verdict(String name, JsonNode json) {
        JsonNode valid = json.path("valid");
        if (valid.isBoolean() && valid.booleanValue()) {
            return new CheckerVerdict(name, "valid", null, null);
        }
        if (valid.isBoolean()) {
            JsonNode example = json.path("counterexample");
            Evidence evidence = evidence(example);
            return new CheckerVerdict(name, "invalid", evidence.explanation(), evidence);
        }
        return new CheckerVerdict(name, "unknown", text(json.path("reason")), null);
    }

    private static Evidence evidence(JsonNode example) {
        JsonNode failing = example.path("op").path("invoke_index");
        return new Evidence(failing.isIntegralNumber() ? failing.longValue() : null,
                calls(example.path("concurrent")), calls(example.path("linearization")),
                example.path("linearization_length").asInt(0), text(example.path("state")),
                text(example.path("explanation")), text(example.path("text")));
    }

    private static List<Long> calls(JsonNode operations) {
        List<Long> calls = new ArrayList<>();
        operations.forEach(op -> {
            if (op.path("invoke_index").isIntegralNumber()) {
                calls.add(op.path("invoke_index").longValue());
            }
        });
        return calls;
    }

    /** A JSON field as text, or null if it is missing or null. */
    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** The worst verdict: invalid beats unknown beats valid (Jepsen's composition). */
    public static String worst(List<CheckerVerdict> verdicts) {
        if (verdicts.stream().anyMatch(CheckerVerdict::isInvalid)) {
            return "invalid";
        }
        boolean unknown = verdicts.isEmpty()
                || verdicts.stream().anyMatch(v -> v.verdict().equals("unknown"));
        return unknown ? "unknown" : "valid";
    }
}
