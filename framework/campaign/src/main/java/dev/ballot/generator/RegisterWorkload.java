package dev.ballot.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The {@code register} workload: read, write and cas in equal parts on a handful of independent
 * keys, checked per key against the {@code kv} model. Written values are unique per key (1, 2, 3,
 * ... in each key), so every read names the write it saw and the check stays polynomial. A cas
 * expects one of the last few values written to its key, so that many of them succeed.
 */
public final class RegisterWorkload implements Workload {
    public static final String NAME = "register";
    /** Few keys, so that operations on each key overlap and contend. */
    static final int KEYS = 5;

    private final RandomGenerator random;
    private final long[] written;

    public RegisterWorkload(int keys, RandomGenerator random) {
        this.random = random;
        this.written = new long[keys];
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> fs() {
        return List.of("read", "write", "cas");
    }

    @Override
    public Invocation next() {
        int key = random.nextInt(written.length);
        int pick = random.nextInt(3);
        if (pick == 0) {
            return new Invocation("read", (long) key, null, null);
        }
        long fresh = ++written[key];
        if (pick == 1 || fresh == 1) {
            return new Invocation("write", (long) key, fresh, null);
        }
        long expected = Math.max(1, fresh - 1 - random.nextInt(3));
        return new Invocation("cas", (long) key, List.of(expected, fresh), null);
    }

    @Override
    public List<Object> liveKeys() {
        List<Object> keys = new ArrayList<>();
        for (long key = 0; key < written.length; key++) {
            keys.add(key);
        }
        return keys;
    }

    @Override
    public List<Invocation> finalReads(List<String> nodes) {
        List<Invocation> reads = new ArrayList<>();
        for (Object key : liveKeys()) {
            nodes.forEach(node -> reads.add(new Invocation("read", key, null, node)));
        }
        return reads;
    }

    @Override
    public boolean returnsResult(String f) {
        return f.equals("read");
    }
}
