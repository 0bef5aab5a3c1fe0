package dev.ballot.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        SplittableRandom random = new SplittableRandom(7);
        for (int seed = 0; seed < 3000; seed++) {
            Workload workload = Workload.values()[random.nextInt(Workload.values().length)];
            int current = seed;
            SynthOptions options = SynthOptions.defaults().with(o -> {
                o.workload = workload;
                o.keys = workload == Workload.KV ? 1 + random.nextInt(3) : 1;
                o.operations = 5 + random.nextInt(40);
                o.processes = 1 + random.nextInt(8);
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
            CheckResult search = LinearizabilityChecker.searchOnly(synth.model(), Budget.standard())
                    .check(history);
            String context = "seed " + seed + " " + options + "\n" + history.ops();
            assertEquals(search.verdict(), fast.verdict(), context);
            assertEquals(synth.linearizable(), fast.verdict(), context);
        }
    }
}
