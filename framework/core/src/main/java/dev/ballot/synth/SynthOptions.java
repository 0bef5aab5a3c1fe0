package dev.ballot.synth;

import java.util.function.Consumer;

/**
 * What to generate. Start from {@link #defaults()} and change what matters with {@link #with}:
 * <pre>{@code
 * SynthOptions.defaults().with(o -> {
 *     o.workload = Workload.KV;
 *     o.keys = 8;
 *     o.operations = 100_000;
 *     o.processes = 32;
 *     o.info = 0.01;
 *     o.anomaly = Anomaly.STALE_READ;
 *     o.seed = 42;
 * })
 * }</pre>
 *
 * @param workload register, cas-register or kv
 * @param operations how many operations are invoked
 * @param processes how many client processes run concurrently (1..50); a process replaced after
 *     an {@code info} keeps its place in this count
 * @param keys how many keys (kv only; the other workloads have one register and no key)
 * @param mix the proportion of reads, writes and cas
 * @param info the fraction of operations whose outcome is unknown
 * @param fail the fraction of operations refused (they take no effect); a cas whose expected
 *     value does not match fails as well, whatever this says
 * @param valueRange {@link #UNIQUE} for a counter per key (every write writes a new value), or n
 *     for values drawn from 0..n-1
 * @param initial the value of every register before any operation, null (absent) or a number
 * @param anomaly what to plant, or {@link Anomaly#NONE}
 * @param seed the seed of every random choice
 */
public record SynthOptions(Workload workload, int operations, int processes, int keys, Mix mix,
                           double info, double fail, int valueRange, Long initial,
                           Anomaly anomaly, long seed) {

    /** {@link #valueRange} meaning "every write writes a value never written before". */
    public static final int UNIQUE = 0;
    /** The most concurrent processes. */
    public static final int MAX_PROCESSES = 50;

    public SynthOptions {
        require(operations >= 0, "operations must be >= 0");
        require(processes >= 1 && processes <= MAX_PROCESSES, "processes must be in 1.." + MAX_PROCESSES);
        require(keys >= 1, "keys must be >= 1");
        require(workload == Workload.KV || keys == 1, "only the kv workload has several keys");
        require(workload.hasCas() || mix.cas() == 0,
                "the register workload has no cas: give it a mix such as Mix.readWrite(1, 1)");
        require(info >= 0 && fail >= 0 && info + fail <= 1, "info and fail are fractions summing to <= 1");
        require(valueRange >= 0, "valueRange must be UNIQUE (0) or positive");
        require(anomaly != Anomaly.STALE_READ || valueRange == UNIQUE,
                "a stale read is certain only with unique values");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A cas-register, 1,000 operations, 5 processes, default mix, no info or fail, unique values. */
    public static SynthOptions defaults() {
        return new SynthOptions(Workload.CAS_REGISTER, 1_000, 5, 1, Mix.DEFAULT, 0, 0,
                UNIQUE, null, Anomaly.NONE, 0);
    }

    /**
     * A copy with some options changed, for example
     * {@code options.with(o -> { o.operations = 10_000; o.seed = 7; })}. The copy is validated as
     * a whole, so options that only make sense together can be changed together.
     *
     * @throws IllegalArgumentException if the changed options do not fit together
     */
    public SynthOptions with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return new SynthOptions(draft.workload, draft.operations, draft.processes, draft.keys, draft.mix,
                draft.info, draft.fail, draft.valueRange, draft.initial, draft.anomaly, draft.seed);
    }

    /** Options being changed by {@link #with}: the same fields, mutable. */
    public static final class Draft {
        public Workload workload;
        public int operations;
        public int processes;
        public int keys;
        public Mix mix;
        public double info;
        public double fail;
        public int valueRange;
        public Long initial;
        public Anomaly anomaly;
        public long seed;

        private Draft(SynthOptions o) {
            workload = o.workload;
            operations = o.operations;
            processes = o.processes;
            keys = o.keys;
            mix = o.mix;
            info = o.info;
            fail = o.fail;
            valueRange = o.valueRange;
            initial = o.initial;
            anomaly = o.anomaly;
            seed = o.seed;
        }
    }
}
