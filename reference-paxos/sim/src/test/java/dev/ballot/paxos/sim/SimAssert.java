package dev.ballot.paxos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.Operation;
import java.util.Optional;

/** Assertions over many seeded runs; a failure names the seed that replays it. */
final class SimAssert {
    private SimAssert() {
    }

    static void assertSafe(Scenario scenario, long first, int count) {
        Seeds.firstViolation(scenario, first, count).ifPresent(result -> {
            throw new AssertionError(result.violation() + " (replay: Simulation.run(scenario, "
                    + result.seed() + "L))");
        });
    }

    static Simulation.Result assertViolates(Scenario scenario, int seeds) {
        Optional<Simulation.Result> found = Seeds.firstViolation(scenario, 0, seeds);
        assertTrue(found.isPresent(), "no violation in " + seeds + " seeds of " + scenario.mutants());
        return found.get();
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
