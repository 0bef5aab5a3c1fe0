package dev.ballot.paxos.role;

import dev.ballot.paxos.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Proposals by slot, at most one a slot, in slot order: what an acceptor accepted, or what a
 * learner learned chosen. The slots held run from just above the last snapshot to the newest
 * proposal, nearly without gaps, so they index an array instead of a sorted tree: a lookup is a
 * subtraction, an insertion allocates nothing once the array is large enough, and dropping the
 * slots a snapshot covers moves the start of the range. A gap costs an empty cell.
 */
public final class Slots {
    private Entry[] entries = new Entry[16];
    /** The slot of {@code entries[0]}. */
    private long base;
    /** Every cell below {@code low} is empty, and every cell from {@code high} on. */
    private int low;
    private int high;
    private int size;

    public Slots() {
    }

    /** A copy of {@code other}. */
    public Slots(Slots other) {
        entries = Arrays.copyOfRange(other.entries, other.low, Math.max(other.high, other.low + 1));
        base = other.base + other.low;
        high = other.high - other.low;
        size = other.size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The proposal of {@code slot}, or null. */
    public Entry get(long slot) {
        // Compared before subtracting: a slot far below the base (Long.MIN_VALUE) would wrap.
        return slot >= base + low && slot < base + high ? entries[(int) (slot - base)] : null;
    }

    public boolean contains(long slot) {
        return get(slot) != null;
    }

    /** The highest slot held; only while not empty. */
    public long lastSlot() {
        return base + high - 1;
    }

    /** Holds {@code entry} for its slot, in place of what the slot held. */
    public void put(Entry entry) {
        if (size == 0) {
            base = entry.slot();
            low = 0;
            high = 0;
        }
        int index = makeRoom(entry.slot());
        if (entries[index] == null) {
            size++;
        }
        entries[index] = entry;
        low = Math.min(low, index);
        high = Math.max(high, index + 1);
    }

    /** The index of {@code slot}, after moving or growing the array so that it has a cell there. */
    private int makeRoom(long slot) {
        if (slot < base) {
            int shift = Math.toIntExact(base - slot);
            Entry[] moved = new Entry[Math.max(entries.length, high + shift)];
            System.arraycopy(entries, low, moved, low + shift, high - low);
            entries = moved;
            base = slot;
            low += shift;
            high += shift;
        } else if (slot - base >= entries.length) {
            // Drop the empty cells at the start first: usually the slots a snapshot covered.
            System.arraycopy(entries, low, entries, 0, high - low);
            Arrays.fill(entries, high - low, high, null);
            base += low;
            high -= low;
            low = 0;
            int needed = Math.toIntExact(slot - base + 1);
            if (needed > entries.length) {
                entries = Arrays.copyOf(entries, Math.max(needed, 2 * entries.length));
            }
        }
        return (int) (slot - base);
    }

    /** Drops every slot up to {@code slot}: a snapshot covers them. */
    public void removeUpTo(long slot) {
        int end = slot < base + low ? low : (int) Math.min(high, slot - base + 1);
        for (int index = low; index < end; index++) {
            if (entries[index] != null) {
                entries[index] = null;
                size--;
            }
        }
        low = size == 0 ? high : end;
    }

    /** At most {@code max} proposals from {@code slot} on, in slot order. */
    public List<Entry> from(long slot, int max) {
        List<Entry> from = new ArrayList<>();
        int start = slot <= base + low ? low : (int) Math.min(high, slot - base);
        for (int index = start; index < high && from.size() < max; index++) {
            if (entries[index] != null) {
                from.add(entries[index]);
            }
        }
        return from;
    }

    /** Whether some slot from {@code slot} on is held. */
    public boolean holdsFrom(long slot) {
        return size > 0 && slot <= lastSlot();
    }

    /** Hands every proposal to {@code action}, in slot order. */
    public void forEach(Consumer<Entry> action) {
        for (int index = low; index < high; index++) {
            if (entries[index] != null) {
                action.accept(entries[index]);
            }
        }
    }
}
