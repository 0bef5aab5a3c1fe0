package dev.ballot.model;

import dev.ballot.history.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ways of splitting a history into independent parts. */
public final class Partitions {
    private Partitions() {
    }

    /** One part per {@code key}, in order of first appearance; operations keep their order. */
    public static List<List<Operation>> byKey(List<Operation> operations) {
        Map<Object, List<Operation>> byKey = new LinkedHashMap<>();
        for (Operation op : operations) {
            byKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op);
        }
        return new ArrayList<>(byKey.values());
    }
}
