package dev.ballot.paxos.server.local;

import java.util.Arrays;

/** Latencies in nanoseconds, recorded by one thread, merged and summarized at the end. */
public final class Latencies {
    private long[] values = new long[1 << 14];
    private int size;

    public void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public int size() {
        return size;
    }

    /** All of {@code parts} in one, sorted. */
    public static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) {
                all.add(part.values[i]);
            }
        }
        Arrays.sort(all.values, 0, all.size);
        return all;
    }

    /** The {@code q}-quantile in milliseconds of sorted latencies (0 if there are none). */
    public double quantileMillis(double q) {
        if (size == 0) {
            return 0;
        }
        int index = (int) Math.min(size - 1, Math.ceil(q * size) - 1);
        return values[Math.max(0, index)] / 1e6;
    }
}
