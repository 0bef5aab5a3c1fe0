package dev.ballot.paxos.sim;

import dev.ballot.paxos.Applied;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The common applied log the {@link LogMonitor} builds: per log position (a slot, then an index in
 * the slot's batch) the first command any node applied there, with its result. Slots are dense
 * from 1 up, so they index a list, and positions come out in log order without sorting.
 */
final class AppliedLog {
    /** What to do with each position, in log order. */
    interface Visitor {
        void visit(long position, Applied applied);
    }

    private final List<Applied[]> slots = new ArrayList<>();

    /** Records {@code applied} at its position unless one is there; returns the one there, or null. */
    Applied putIfAbsent(Applied applied) {
        int slot = Math.toIntExact(applied.slot());
        while (slots.size() <= slot) {
            slots.add(null);
        }
        Applied[] batch = slots.get(slot);
        if (batch == null || batch.length <= applied.index()) {
            batch = batch == null ? new Applied[Math.max(4, applied.index() + 1)]
                    : Arrays.copyOf(batch, Math.max(2 * batch.length, applied.index() + 1));
            slots.set(slot, batch);
        }
        Applied before = batch[applied.index()];
        if (before == null) {
            batch[applied.index()] = applied;
        }
        return before;
    }

    /** Visits every position, in log order. */
    void forEach(Visitor visitor) {
        for (int slot = 0; slot < slots.size(); slot++) {
            Applied[] batch = slots.get(slot);
            for (int index = 0; batch != null && index < batch.length; index++) {
                if (batch[index] != null) {
                    visitor.visit(LogMonitor.position(batch[index]), batch[index]);
                }
            }
        }
    }
}
