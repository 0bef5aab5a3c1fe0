package dev.ballot.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.checker.Budget;
import dev.ballot.checker.LinearizabilityChecker;
import dev.ballot.history.History;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The WGL search, and the checker as a whole (pruning, phantom values, the unique-values check),
 * reach the brute-force verdict on thousands of small random histories: repeated and unique
 * values, unknown and failed operations, planted anomalies and none.
 */
class CheckersAgreeWithBruteForceTest {

    @Test
    void onThousandsOfSmallRandomHistories() {
        SplittableRandom random = new SplittableRandom(11);
        int invalid = 0;
        for (int seed = 0; seed < 5000; seed++) {
            Workload workload = Workload.values()[random.nextInt(Workload.values().length)];
            int current = seed;
            SynthOptions options = SynthOptions.defaults().with(o -> {
                o.workload = workload;
                o.keys = workload == Workload.KV ? 1 + random.nextInt(2) : 1;
                o.operations = 2 + random.nextInt(BruteForce.MAX_OPERATIONS - 2);
                o.processes = 1 + random.nextInt(6);
                o.info = random.nextDouble() * 0.4;
                o.fail = random.nextDouble() * 0.1;
                o.mix = workload.hasCas() ? Mix.DEFAULT : Mix.readWrite(0.5, 0.5);
                o.valueRange = random.nextBoolean() ? SynthOptions.UNIQUE : 1 + random.nextInt(3);
                o.anomaly = o.valueRange == SynthOptions.UNIQUE && random.nextBoolean()
                        ? Anomaly.STALE_READ : random.nextInt(4) == 0 ? Anomaly.PHANTOM_READ
                        : Anomaly.NONE;
                o.seed = current;
            });
            SynthHistory synth = HistoryGenerator.generate(options);
            History history = synth.history();
            boolean expected = BruteForce.isLinearizable(synth.model(), history);
            invalid += expected ? 0 : 1;
            String context = "seed " + seed + " " + options + "\n" + history.ops();
            assertEquals(expected, LinearizabilityChecker.searchOnly(synth.model(),
                    Budget.standard()).check(history).verdict(), context);
            assertEquals(expected, LinearizabilityChecker.of(synth.model(), Budget.standard())
                    .check(history).verdict(), context);
        }
        // The comparison means something only if both verdicts occur often.
        org.junit.jupiter.api.Assertions.assertTrue(invalid > 500, "invalid histories: " + invalid);
    }
}
