package dev.ballot.inprocess;

import dev.ballot.nemesis.Clocks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wall clocks as offsets from the harness' clock, read back as the nemesis verifies them; a strobe
 * is read at its skewed end. Records every call. Not final, so that a test can make a call throw.
 */
public class InProcessClocks implements Clocks {
    private final List<String> calls = new ArrayList<>();
    private final Map<String, Double> offsets = new ConcurrentHashMap<>();
    private volatile boolean stuck;

    @Override
    public synchronized void offset(String node, double seconds) {
        calls.add("offset " + node + " " + seconds);
        set(node, seconds);
    }

    @Override
    public synchronized void strobe(String node, double seconds, long periodMs, long durationMs) {
        calls.add("strobe " + node + " " + seconds);
        set(node, seconds);
    }

    @Override
    public synchronized void reset(String node) {
        calls.add("reset " + node);
        offsets.remove(node);
    }

    @Override
    public Instant read(String node) {
        return Instant.now().plusMillis(Math.round(offsets.getOrDefault(node, 0.0) * 1000));
    }

    /** Every call so far, as {@code offset n2 -10.0}, {@code reset n2}... */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /**
     * From now on offsets are recorded but the clocks do not move, as when libfaketime is not
     * loaded; the nemesis must report it.
     */
    public void stick() {
        stuck = true;
    }

    private void set(String node, double seconds) {
        if (!stuck) {
            offsets.put(node, seconds);
        }
    }
}
