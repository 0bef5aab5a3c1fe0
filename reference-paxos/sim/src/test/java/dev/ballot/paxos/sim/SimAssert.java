package dev.ballot.paxos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.history.Operation;

/** Assertions over many seeded runs; a failure names the seed that replays it. */
final class SimAssert {
    private SimAssert() {
    }

    /** Neither a monitor nor a checker finds anything wrong with any of the seeds. */
    static void assertSafe(Scenario scenario, long first, int count) {
        Seeds.firstProblem(scenario, first, count).ifPresent(finding -> {
            throw new AssertionError(finding + System.lineSeparator() + "(replay: Simulation.run(scenario, "
                    + finding.seed() + "L))");
        });
    }

    /** A checker (not only a monitor) finds the history of one of the first {@code seeds} invalid. */
    static Seeds.Finding assertCheckersCatch(Scenario scenario, int seeds) {
        return Seeds.firstCheckerViolation(scenario, 0, seeds).orElseThrow(() -> new AssertionError(
                "no checker found a violation in " + seeds + " seeds of " + scenario.mutants()));
    }

    /** Without faults every operation of every seed ends ok or with a definite failure. */
    static void assertLive(Scenario scenario, int seeds) {
        for (long seed = 0; seed < seeds; seed++) {
            Simulation.Result result = Simulation.run(scenario, seed);
            long unknown = result.history().operations().stream().filter(Operation::isInfo).count();
            assertEquals(0, unknown, "seed " + seed + " left operations unknown");
        }
    }

    static void assertReplays(Scenario scenario, long seed) {
        assertEquals(Simulation.run(scenario, seed).history().ops(), Simulation.run(scenario, seed).history().ops());
    }
}
