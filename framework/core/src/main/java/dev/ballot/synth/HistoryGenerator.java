package dev.ballot.synth;

import java.util.SplittableRandom;

/**
 * Generates a history of a simulated linearizable store and, if asked, plants an anomaly in it.
 * Deterministic: the same options (seed included) give the same history.
 *
 * <p>The simulation and the planting draw from separate random streams, so a history with a
 * planted anomaly differs from the one generated without it, under the same seed, only in the
 * value the planted read reports.
 */
public final class HistoryGenerator {
    private HistoryGenerator() {
    }

    public static SynthHistory generate(SynthOptions options) {
        SplittableRandom root = new SplittableRandom(options.seed());
        SplittableRandom simulationRandom = root.split();
        SplittableRandom plantingRandom = root.split();
        ValueSource values = new ValueSource(options, simulationRandom);
        EventLog log = new Simulation(options, simulationRandom, values).run();
        Planted planted = switch (options.anomaly()) {
            case NONE -> null;
            case STALE_READ -> StaleRead.plant(log.operations(), options.initial(), plantingRandom);
            case PHANTOM_READ -> PhantomRead.plant(log.operations(), values, plantingRandom);
        };
        if (planted == null) {
            return new SynthHistory(options, log.toHistory(), Anomaly.NONE, -1);
        }
        log.replaceCompletionValue(planted.operation(), planted.value());
        return new SynthHistory(options, log.toHistory(), options.anomaly(), planted.operation());
    }
}
