package dev.ballot.report;

import dev.ballot.history.History;
import dev.ballot.history.OpType;
import dev.ballot.history.Operation;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many client operations ended ok, fail or info, in all and per {@code f}. An operation that
 * never completed counts as info, as the checkers read it.
 *
 * @param byType ok, fail and info in all
 * @param byF the same for each {@code f}, sorted by name
 */
public record OpCounts(Map<OpType, Long> byType, Map<String, Map<OpType, Long>> byF) {

    public static OpCounts of(History history) {
        Map<OpType, Long> byType = zeros();
        Map<String, Map<OpType, Long>> byF = new TreeMap<>();
        for (Operation op : history.operations()) {
            byType.merge(op.outcome(), 1L, Long::sum);
            byF.computeIfAbsent(op.f(), f -> zeros()).merge(op.outcome(), 1L, Long::sum);
        }
        return new OpCounts(byType, byF);
    }

    private static Map<OpType, Long> zeros() {
        Map<OpType, Long> counts = new EnumMap<>(OpType.class);
        for (OpType type : new OpType[] {OpType.OK, OpType.FAIL, OpType.INFO}) {
            counts.put(type, 0L);
        }
        return counts;
    }

    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }
}
