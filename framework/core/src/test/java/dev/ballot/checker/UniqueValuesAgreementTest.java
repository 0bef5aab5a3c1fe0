package dev.ballot.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.History;
import dev.ballot.synth.Anomaly;
import dev.ballot.synth.HistoryGenerator;
import dev.ballot.synth.Mix;
import dev.ballot.synth.SynthHistory;
import dev.ballot.synth.SynthOptions;
import dev.ballot.synth.Workload;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The polynomial unique-values check and the WGL search must agree wherever both apply; both
 * must agree with the verdict known by construction.
 */
class UniqueValuesAgreementTest {

    @Test
    void agreesWithTheSearchOnThousandsOfRandomHistories() {
        compare(3000, 7, 5, 40, 8);
    }

    @Test
    void agreesWithTheSearchOnLongHistoriesWithUpToFiftyProcesses() {
        compare(100, 13, 100, 600, SynthOptions.MAX_PROCESSES);
    }

    private static void compare(int histories, long seedOfSeeds, int minOps, int maxOps,
                                int maxProcesses) {
        SplittableRandom random = new SplittableRandom(seedOfSeeds);
        int decided = 0;
        for (int seed = 0; seed < histories; seed++) {
            Workload workload = Workload.values()[random.nextInt(Workload.values().length)];
            int current = seed;
            SynthOptions options = SynthOptions.defaults().with(o -> {
                o.workload = workload;
                o.keys = workload == Workload.KV ? 1 + random.nextInt(3) : 1;
                o.operations = minOps + random.nextInt(maxOps - minOps);
                o.processes = 1 + random.nextInt(maxProcesses);
                o.info = random.nextDouble() * 0.3;
                o.fail = random.nextDouble() * 0.1;
                o.mix = workload.hasCas() ? Mix.DEFAULT : Mix.readWrite(0.5, 0.5);
                o.anomaly = Anomaly.values()[random.nextInt(Anomaly.values().length)];
                o.seed = current;
            });
            SynthHistory synth = HistoryGenerator.generate(options);
            History history = synth.history();
            CheckResult fast = LinearizabilityChecker.of(synth.model(), Budget.standard())
                    .check(history);
            // The search may give up on a long invalid history; where it decides, it must agree.
            // Its budget is memory, not time, so that what it decides does not depend on the
            // machine's load.
            CheckResult search = LinearizabilityChecker.searchOnly(synth.model(),
                    Budget.of(0, 64L << 20)).check(history);
            String context = "seed " + seed + " " + options + "\n" + history.ops();
            if (!(search instanceof CheckResult.Unknown)) {
                assertEquals(search.verdict(), fast.verdict(), context);
                decided++;
            }
            assertEquals(synth.linearizable(), fast.verdict(), context);
        }
        assertTrue(decided >= histories * 9 / 10, decided + " of " + histories + " decided");
    }
}
