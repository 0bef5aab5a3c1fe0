package dev.ballot.fake;

import dev.ballot.nemesis.Clocks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Wall clocks as offsets from the harness' clock; a strobe is read at its skewed end. */
public class FakeClocks implements Clocks {
    public final List<String> calls = new ArrayList<>();
    /** When set, offsets are recorded but the clocks do not move: libfaketime not loaded. */
    public volatile boolean stuck;
    private final Map<String, Double> offsets = new ConcurrentHashMap<>();

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

    private void set(String node, double seconds) {
        if (!stuck) {
            offsets.put(node, seconds);
        }
    }
}
