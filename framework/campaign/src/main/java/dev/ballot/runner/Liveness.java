package dev.ballot.runner;

import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Liveness after the final heal, reported apart from safety: each live key must serve a successful
 * operation invoked after the heal. A key has recovered at the completion of its first such
 * operation; the cluster has recovered when every key has, and its recovery time is the last of
 * those. Fed the history's events in order, as the run goes.
 */
final class Liveness {
    private final long healNanos;
    private final Map<Object, Long> recoveredAt = new LinkedHashMap<>();
    private final Map<Integer, Long> openInvokeTime = new HashMap<>();

    /** @param keys the keys that must recover; @param healNanos when the final heal ended */
    Liveness(List<Object> keys, long healNanos) {
        this.healNanos = healNanos;
        keys.forEach(key -> recoveredAt.put(key, null));
    }

    void observe(Op op) {
        if (op.isNemesis()) {
            return;
        }
        if (op.type() == OpType.INVOKE) {
            openInvokeTime.put(op.process(), op.time());
            return;
        }
        Long invoked = openInvokeTime.remove(op.process());
        if (op.type() == OpType.OK && invoked != null && invoked >= healNanos
                && recoveredAt.containsKey(op.key()) && recoveredAt.get(op.key()) == null) {
            recoveredAt.put(op.key(), op.time());
        }
    }

    boolean recovered() {
        return recoveredAt.values().stream().allMatch(Objects::nonNull);
    }

    /** Seconds from the heal until the last key recovered, or null if some key has not. */
    Double recoverySeconds() {
        if (!recovered()) {
            return null;
        }
        long last = recoveredAt.values().stream().mapToLong(Long::longValue).max().orElse(healNanos);
        return (last - healNanos) / 1e9;
    }

    /** The keys that have not served a successful operation since the heal. */
    List<Object> unrecovered() {
        List<Object> keys = new ArrayList<>();
        recoveredAt.forEach((key, at) -> {
            if (at == null) {
                keys.add(key);
            }
        });
        return keys;
    }
}
