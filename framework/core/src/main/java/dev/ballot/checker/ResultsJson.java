package dev.ballot.checker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballot.history.Operation;
import dev.ballot.model.Describe;
import java.util.List;

/** Renders check results as JSON trees, the form {@code ballot check} and results.json use. */
public final class ResultsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultsJson() {
    }

    /** {@code {"valid": ..., "reason"?: ..., "counterexample"?: {...}}}. */
    public static ObjectNode result(CheckResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("valid", MAPPER.valueToTree(result.verdict()));
        if (result instanceof CheckResult.Unknown unknown) {
            node.put("reason", unknown.reason());
        } else if (result instanceof CheckResult.Invalid invalid) {
            node.set("counterexample", counterexample(invalid.counterexample()));
        }
        return node;
    }

    public static ObjectNode counterexample(Counterexample example) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("explanation", example.explanation());
        if (example.failing() != null) {
            node.set("op", operation(example.failing()));
        }
        node.set("concurrent", operations(example.concurrent()));
        if (example.linearizationLength() > 0) {
            node.put("linearization_length", example.linearizationLength());
            node.set("linearization", operations(example.linearization()));
            node.put("state", example.stateReached());
        }
        node.put("text", example.toText());
        return node;
    }

    private static ArrayNode operations(List<Operation> ops) {
        ArrayNode array = MAPPER.createArrayNode();
        ops.forEach(op -> array.add(operation(op)));
        return array;
    }

    /** An operation as its process, f, values, outcome and the events it spans. */
    public static ObjectNode operation(Operation op) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("process", op.process());
        node.put("f", op.f());
        if (op.key() != null) {
            node.set("key", MAPPER.valueToTree(op.key()));
        }
        node.set("value", MAPPER.valueToTree(op.input()));
        if (op.isOk()) {
            node.set("result", MAPPER.valueToTree(op.output()));
        }
        node.put("type", op.outcome().wireName());
        node.put("invoke_index", op.call());
        if (op.completion() != null) {
            node.put("complete_index", op.completion().index());
        }
        node.put("text", Describe.operation(op));
        return node;
    }
}
