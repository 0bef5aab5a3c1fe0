package dev.ballot.paxos.sim;

import java.util.Optional;

/** Runs a scenario over a range of seeds, judging each run by the monitors and the checkers. */
public final class Seeds {
    private Seeds() {
    }

    /**
     * What was wrong with one run.
     *
     * @param seed the seed that replays it: {@code Simulation.run(scenario, seed)}
     * @param monitor the monitors' first violation, or null
     * @param verdict what the checkers said of the run's history
     */
    public record Finding(long seed, String monitor, Verdict verdict) {
        @Override
        public String toString() {
            String checkers = verdict.valid() ? "the checkers found it valid" : verdict.problem();
            return "seed " + seed + ": " + (monitor == null ? "the monitors saw nothing" : monitor)
                    + System.lineSeparator() + checkers;
        }
    }

    /** The first run among {@code count} seeds from {@code first} that a monitor or checker rejects. */
    public static Optional<Finding> firstProblem(Scenario scenario, long first, int count) {
        for (long seed = first; seed < first + count; seed++) {
            Finding finding = judge(scenario, seed);
            if (finding.monitor() != null || !finding.verdict().valid()) {
                return Optional.of(finding);
            }
        }
        return Optional.empty();
    }

    /** The first run among {@code count} seeds from {@code first} whose history a checker rejects. */
    public static Optional<Finding> firstCheckerViolation(Scenario scenario, long first, int count) {
        for (long seed = first; seed < first + count; seed++) {
            Finding finding = judge(scenario, seed);
            if (finding.verdict().invalid()) {
                return Optional.of(finding);
            }
        }
        return Optional.empty();
    }

    /** Runs one seed and judges it. */
    public static Finding judge(Scenario scenario, long seed) {
        Simulation.Result result = Simulation.run(scenario, seed);
        return new Finding(seed, result.violation(), Verdict.of(scenario.workload(), result.history()));
    }
}
