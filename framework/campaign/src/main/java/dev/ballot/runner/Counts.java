package dev.ballot.runner;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many operations of each {@code f} ended ok, fail or info (never completed counts as info). */
final class Counts {
    private Counts() {
    }

    static Map<String, Map<String, Long>> byF(History history) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Operation op : history.operations()) {
            Map<String, Long> byType = counts.computeIfAbsent(op.f(), f -> new TreeMap<>(
                    Map.of("ok", 0L, "fail", 0L, "info", 0L)));
            byType.merge(op.outcome().wireName(), 1L, Long::sum);
        }
        return counts;
    }

    /** The kinds among {@code fs} that never once succeeded. */
    static List<String> neverOk(Map<String, Map<String, Long>> counts, List<String> fs) {
        List<String> never = new ArrayList<>();
        for (String f : fs) {
            Map<String, Long> byType = counts.get(f);
            if (byType == null || byType.get("ok") == 0) {
                never.add(f);
            }
        }
        return never;
    }
}
