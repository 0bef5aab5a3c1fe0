package dev.ballot.synth;

import dev.ballot.history.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Plants {@link Anomaly#STALE_READ} in a history with unique values: an ok read R reports the
 * value s of a write W1 (or the initial value) although an ok write W2 of another value was
 * invoked after W1 completed and completed before R was invoked. Every linearization then orders
 * W1, W2, R, and since only W1 ever wrote s, R cannot have seen it.
 *
 * <p>Of all such values the freshest is chosen (W2 the last writer before R, W1 the last one
 * before W2), so that the read is as little stale as possible: the hardest case for a checker.
 */
final class StaleRead {
    private static final Comparator<Operation> BY_COMPLETION = Comparator.comparingLong(Operation::ret);

    private StaleRead() {
    }

    /** Picks a read at random; null if no read has a certainly stale value to report. */
    static Planted plant(List<Operation> operations, Object initial, RandomGenerator random) {
        Map<Object, List<Operation>> writers = okWritersByCompletion(operations);
        return Planted.firstFrom(operations, random, read -> {
            List<Operation> keyWriters = writers.getOrDefault(read.key(), List.of());
            Operation overwriting = lastCompletedBefore(keyWriters, read.call());
            if (overwriting == null) {
                return null;
            }
            Operation stale = lastCompletedBefore(keyWriters, overwriting.call());
            return new Planted(read.id(), stale == null ? initial : written(stale));
        });
    }

    /** Per key, the writes and cas operations that certainly took effect, by completion. */
    private static Map<Object, List<Operation>> okWritersByCompletion(List<Operation> operations) {
        Map<Object, List<Operation>> writers = new HashMap<>();
        for (Operation op : operations) {
            if (op.isOk() && !op.f().equals("read")) {
                writers.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op);
            }
        }
        writers.values().forEach(list -> list.sort(BY_COMPLETION));
        return writers;
    }

    /** The writer that completed last before event {@code index}, or null. Binary search. */
    private static Operation lastCompletedBefore(List<Operation> byCompletion, long index) {
        int low = 0;
        int high = byCompletion.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byCompletion.get(mid).ret() < index) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low == 0 ? null : byCompletion.get(low - 1);
    }

    private static Object written(Operation writer) {
        return writer.f().equals("cas") ? ((List<?>) writer.input()).get(1) : writer.input();
    }
}
