package dev.ballot.soak;

import dev.ballot.generator.AgreementWorkload;
import dev.ballot.generator.RegisterWorkload;
import dev.ballot.runner.Campaign;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which campaign a soak runs n-th: a pure function of the template, the rotations and the soak's
 * seed, so that a soak's seed replays its sequence of campaigns. Run n takes the nemesis
 * {@code n mod N} and the workload {@code (n + n / N) mod W}: the nemeses come round in turn, the
 * workloads alternate, and every pair of the two comes up within {@code N * W} runs. Each run gets
 * a fresh seed, the n-th drawn from the soak's seed.
 *
 * @param template every other option of the campaigns (its workload, nemesis and seed are not used)
 * @param workloads the workloads to take in turn
 * @param nemeses the nemeses to take in turn
 * @param seed the soak's seed
 */
public record SoakPlan(Campaign template, List<String> workloads, List<NemesisChoice> nemeses,
                       long seed) {
    /** The workloads a soak takes in turn unless told otherwise. */
    public static final List<String> DEFAULT_WORKLOADS =
            List.of(RegisterWorkload.NAME, AgreementWorkload.NAME);

    public SoakPlan {
        workloads = List.copyOf(workloads);
        nemeses = List.copyOf(nemeses);
        if (workloads.isEmpty() || nemeses.isEmpty()) {
            throw new IllegalArgumentException("a soak needs at least one workload and one nemesis");
        }
        for (String workload : workloads) {
            if (!DEFAULT_WORKLOADS.contains(workload)) {
                throw new IllegalArgumentException("unknown workload '" + workload + "'; known: "
                        + String.join(", ", DEFAULT_WORKLOADS));
            }
        }
    }

    /** The campaign of run {@code n}, from 0. */
    public Campaign campaign(int n) {
        NemesisChoice nemesis = nemeses.get(n % nemeses.size());
        String workload = workloads.get((n + n / nemeses.size()) % workloads.size());
        Campaign t = template;
        return new Campaign(workload, nemesis.kinds(), t.nodes(), t.timeLimit(), t.concurrency(),
                t.rate(), seed(n), t.mutant(), t.store(), t.leaveRunning(), t.faultInterval(),
                t.faultTargets(), nemesis.overlap(), t.clientTimeout(), t.livenessBound(),
                t.quietPeriod(), t.system());
    }

    /** The seed of run {@code n}: the n-th positive number drawn from the soak's seed. */
    long seed(int n) {
        return new SplittableRandom(seed).longs(n + 1L, 0, Long.MAX_VALUE).skip(n).findFirst()
                .orElseThrow();
    }
}
