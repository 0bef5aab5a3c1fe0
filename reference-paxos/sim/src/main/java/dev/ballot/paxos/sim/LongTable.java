package dev.ballot.paxos.sim;

import java.util.Arrays;

/**
 * A map from long to long without boxes (open addressing, linear probing), for the monitors'
 * per-step bookkeeping: a {@code HashMap<Long, Long>} there cost two boxes and a node per entry.
 * Keys may be any long but {@link #ABSENT}, which is also what {@link #get} returns for a key
 * not present.
 */
final class LongTable {
    static final long ABSENT = Long.MIN_VALUE;

    private long[] keys = emptyKeys(16);
    private long[] values = new long[16];
    private int size;

    /** The value of {@code key}, or {@link #ABSENT}. */
    long get(long key) {
        int slot = find(keys, key);
        return keys[slot] == key ? values[slot] : ABSENT;
    }

    /** Maps {@code key} to {@code value} unless it is mapped; returns the value it had, or {@link #ABSENT}. */
    long putIfAbsent(long key, long value) {
        if (key == ABSENT) {
            throw new IllegalArgumentException("the absent key");
        }
        int slot = find(keys, key);
        if (keys[slot] == key) {
            return values[slot];
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return ABSENT;
    }

    /** The slot holding {@code key}, or the free slot where it would go. */
    private static int find(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != key && keys[slot] != ABSENT) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = emptyKeys(oldKeys.length * 2);
        values = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != ABSENT) {
                int slot = find(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static long[] emptyKeys(int capacity) {
        long[] keys = new long[capacity];
        Arrays.fill(keys, ABSENT);
        return keys;
    }
}
