package dev.ballot.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The {@code agreement} workload: single-decree consensus, many independent instances (one per
 * key), checked for agreement, validity, stability and linearizability under {@code write-once}.
 * A few instances are open at a time; each gets a fixed number of proposes, of values distinct
 * across the whole run, sent to random nodes, mixed with reads; then a fresh instance replaces it.
 * So one run exercises many decisions, each contended. The final reads ask every node for every
 * instance's decided value.
 */
public final class AgreementWorkload implements Workload {
    public static final String NAME = "agreement";
    static final int ACTIVE = 4;
    static final int PROPOSES = 30;

    private final List<String> nodes;
    private final int proposesPerInstance;
    private final RandomGenerator random;
    private final long[] active;
    private final int[] proposed;
    private long nextInstance;
    private long nextValue = 1;

    public AgreementWorkload(List<String> nodes, int activeInstances, int proposesPerInstance,
                             RandomGenerator random) {
        this.nodes = List.copyOf(nodes);
        this.proposesPerInstance = proposesPerInstance;
        this.random = random;
        this.active = new long[activeInstances];
        this.proposed = new int[activeInstances];
        for (int slot = 0; slot < activeInstances; slot++) {
            active[slot] = nextInstance++;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> fs() {
        return List.of("propose", "read");
    }

    @Override
    public Invocation next() {
        int slot = random.nextInt(active.length);
        long instance = active[slot];
        String node = nodes.get(random.nextInt(nodes.size()));
        if (random.nextInt(4) == 0) {
            return new Invocation("read", instance, null, node);
        }
        if (++proposed[slot] == proposesPerInstance) {
            active[slot] = nextInstance++;
            proposed[slot] = 0;
        }
        return new Invocation("propose", instance, nextValue++, node);
    }

    @Override
    public List<Object> liveKeys() {
        List<Object> keys = new ArrayList<>();
        for (long instance : active) {
            keys.add(instance);
        }
        return keys;
    }

    @Override
    public List<Invocation> finalReads(List<String> targets) {
        List<Invocation> reads = new ArrayList<>();
        for (long instance = 0; instance < nextInstance; instance++) {
            for (String node : targets) {
                reads.add(new Invocation("read", instance, null, node));
            }
        }
        return reads;
    }

    @Override
    public boolean returnsResult(String f) {
        return true;
    }
}
