package dev.ballot.checker;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.Operation;
import dev.ballot.model.Describe;
import dev.ballot.model.Partitions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The safety properties of single-decree consensus, checked per instance ({@code key}) on a
 * history of {@code propose v} (returns the decided value) and {@code read} (returns the decided
 * value, or nil) operations:
 *
 * <ul>
 *   <li>{@code agreement}: every decided value that any client or node reported is the same;
 *   <li>{@code validity}: the decided value was proposed (by a propose that did not fail);
 *   <li>{@code stability}: once a node reported a decided value, it never reports another.
 * </ul>
 * Linearizability under the {@code write-once} model is checked apart, by
 * {@link LinearizabilityChecker}.
 */
public final class AgreementChecker {
    public static final List<String> NAMES = List.of("agreement", "validity", "stability");

    private AgreementChecker() {
    }

    /** The three results, by name, in the order of {@link #NAMES}. */
    public static Map<String, CheckResult> check(History history) {
        List<CheckResult> agreement = new ArrayList<>();
        List<CheckResult> validity = new ArrayList<>();
        List<CheckResult> stability = new ArrayList<>();
        for (List<Operation> instance : Partitions.byKey(history.operations())) {
            agreement.add(agreement(instance));
            validity.add(validity(instance));
            stability.add(stability(instance));
        }
        Map<String, CheckResult> results = new LinkedHashMap<>();
        results.put("agreement", CheckResult.worst("agreement", agreement));
        results.put("validity", CheckResult.worst("validity", validity));
        results.put("stability", CheckResult.worst("stability", stability));
        return results;
    }

    /** The decided value an ok operation reports, or null if it reports none. */
    private static Object reported(Operation op) {
        boolean reports = op.isOk() && (op.f().equals("propose") || op.f().equals("read"));
        return reports ? op.output() : null;
    }

    private static CheckResult agreement(List<Operation> ops) {
        Operation first = null;
        for (Operation op : ops) {
            Object value = reported(op);
            if (value == null) {
                continue;
            }
            if (first == null) {
                first = op;
            } else if (!Objects.equals(value, reported(first))) {
                return Violations.of("agreement", "two different values were reported decided: "
                        + Describe.value(reported(first)) + " and " + Describe.value(value),
                        List.of(first, op));
            }
        }
        return new CheckResult.Valid("agreement");
    }

    private static CheckResult validity(List<Operation> ops) {
        Set<Object> proposed = new HashSet<>();
        for (Operation op : ops) {
            if (!op.isFail() && !op.f().equals("read")) {
                proposed.add(op.input());
            }
        }
        for (Operation op : ops) {
            Object value = reported(op);
            if (value != null && !proposed.contains(value)) {
                return Violations.of("validity", Describe.value(value)
                        + " was reported decided but never proposed", List.of(op));
            }
        }
        return new CheckResult.Valid("validity");
    }

    private static CheckResult stability(List<Operation> ops) {
        Map<String, Operation> firstByNode = new HashMap<>();
        for (Operation op : ops) {
            Object value = reported(op);
            String node = node(op);
            if (value == null || node == null) {
                continue;
            }
            Operation before = firstByNode.putIfAbsent(node, op);
            if (before != null && !Objects.equals(reported(before), value)) {
                return Violations.of("stability", "node " + node + " reported "
                        + Describe.value(reported(before)) + " decided, later "
                        + Describe.value(value), List.of(before, op));
            }
        }
        return new CheckResult.Valid("stability");
    }

    private static String node(Operation op) {
        Op completion = op.completion();
        return completion != null && completion.node() != null ? completion.node()
                : op.invoke().node();
    }
}
