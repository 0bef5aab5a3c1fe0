package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Request;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * End-of-run checks of a registers history against the common applied log. Written values are
 * unique, so each value names the log position that wrote it:
 * <ul>
 *   <li>a write or cas a client saw succeed was applied, and a cas it saw fail was not;</li>
 *   <li>a read returns a value some applied write put there (or null, the initial value);</li>
 *   <li>no stale read: if the write that overwrote the value read had already completed when the
 *       read was invoked, the read should have seen it.</li>
 * </ul>
 * Sound, not complete: a linearizability checker over {@link Simulation.Result#history()} sees
 * more.
 */
final class RegisterReads {
    private final Map<Long, Long> positionOfValue = new HashMap<>();
    private final Map<Long, TreeMap<Long, Long>> writesByKey = new HashMap<>();

    RegisterReads(AppliedLog log) {
        log.forEach((position, applied) -> {
            Request request = applied.command().request();
            if (request instanceof Request.Write write) {
                wrote(position, write.key(), write.value());
            } else if (request instanceof Request.Cas cas && applied.result() instanceof Outcome.Ok) {
                wrote(position, cas.key(), cas.value());
            }
        });
    }

    private void wrote(long position, long key, long value) {
        positionOfValue.put(value, position);
        writesByKey.computeIfAbsent(key, k -> new TreeMap<>()).put(position, value);
    }

    /** The first problem found, or null. */
    String check(History history) {
        Map<Long, Long> completedAt = new HashMap<>();
        for (Operation op : history.operations()) {
            Long written = writtenValue(op);
            if (written == null) {
                continue;
            }
            boolean applied = positionOfValue.containsKey(written);
            if (op.isOk() && !applied) {
                return "operation " + op.id() + " (" + op.f() + " " + op.input() + ") succeeded but was never applied";
            }
            if (op.isFail() && applied) {
                return "operation " + op.id() + " (" + op.f() + " " + op.input() + ") failed but was applied";
            }
            if (op.isOk()) {
                completedAt.put(written, op.ret());
            }
        }
        for (Operation op : history.operations()) {
            if (op.isOk() && op.f().equals("read")) {
                String problem = checkRead(op, completedAt);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    private String checkRead(Operation read, Map<Long, Long> completedAt) {
        Long value = (Long) read.output();
        Long position = value == null ? Long.valueOf(-1) : positionOfValue.get(value);
        if (position == null) {
            return "read " + read.id() + " returned " + value + ", which no applied write wrote";
        }
        Map.Entry<Long, Long> overwrite = writesByKey.getOrDefault((Long) read.key(), new TreeMap<>()).higherEntry(position);
        if (overwrite == null) {
            return null;
        }
        Long overwritten = completedAt.get(overwrite.getValue());
        if (overwritten != null && overwritten < read.call()) {
            return "stale read " + read.id() + " of key " + read.key() + ": returned " + value + " but the write of "
                    + overwrite.getValue() + " completed (event " + overwritten + ") before the read began (event "
                    + read.call() + ")";
        }
        return null;
    }

    /** The value a write or cas writes, or null for other operations. */
    private static Long writtenValue(Operation op) {
        return switch (op.f()) {
            case "write" -> (Long) op.input();
            case "cas" -> (Long) ((List<?>) op.input()).get(1);
            default -> null;
        };
    }
}
