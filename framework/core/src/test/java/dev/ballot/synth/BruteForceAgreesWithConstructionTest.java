package dev.ballot.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Thousands of small generated histories, each checked by brute force: the ones generated clean
 * must be linearizable, the ones with a planted anomaly must not. Each side vouches for the other:
 * a wrong construction or a wrong search would show up as a disagreement.
 */
class BruteForceAgreesWithConstructionTest {
    private static final int HISTORIES = 10_000;

    @Test
    void bruteForceAgreesWithEveryVerdictByConstruction() {
        SplittableRandom random = new SplittableRandom(2024);
        Map<Anomaly, Integer> seen = new EnumMap<>(Anomaly.class);
        for (int seed = 0; seed < HISTORIES; seed++) {
            SynthHistory synth = HistoryGenerator.generate(smallOptions(random, seed));
            boolean verdict = BruteForce.isLinearizable(synth.model(), synth.history());
            assertEquals(synth.linearizable(), verdict, () -> synth.options() + "\n"
                    + String.join("\n", synth.history().ops().stream().map(Object::toString).toList()));
            seen.merge(synth.anomaly(), 1, Integer::sum);
        }
        for (Anomaly anomaly : Anomaly.values()) {
            assertTrue(seen.getOrDefault(anomaly, 0) > HISTORIES / 25, "too few " + anomaly + ": " + seen);
        }
    }

    /** Up to 9 operations, so that trying every order stays cheap; everything else varies. */
    private static SynthOptions smallOptions(SplittableRandom random, long seed) {
        Workload workload = Workload.values()[random.nextInt(Workload.values().length)];
        Mix mix = workload.hasCas()
                ? new Mix(random.nextDouble(0.1, 1), random.nextDouble(0.1, 1), random.nextDouble(0.1, 1))
                : Mix.readWrite(random.nextDouble(0.1, 1), random.nextDouble(0.1, 1));
        boolean unique = random.nextBoolean();
        Anomaly planted = Anomaly.values()[random.nextInt(Anomaly.values().length)];
        return SynthOptions.defaults().with(o -> {
            o.workload = workload;
            o.keys = workload == Workload.KV ? 1 + random.nextInt(2) : 1;
            o.mix = mix;
            o.operations = 1 + random.nextInt(9);
            o.processes = 1 + random.nextInt(4);
            o.info = random.nextDouble() < 0.5 ? 0 : random.nextDouble(0.3);
            o.fail = random.nextDouble() < 0.5 ? 0 : random.nextDouble(0.2);
            o.valueRange = unique ? SynthOptions.UNIQUE : 1 + random.nextInt(3);
            o.initial = random.nextBoolean() ? null : 0L;
            // A stale read is certain only with unique values.
            o.anomaly = !unique && planted == Anomaly.STALE_READ ? Anomaly.PHANTOM_READ : planted;
            o.seed = seed;
        });
    }
}
