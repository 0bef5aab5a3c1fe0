package dev.ballot.paxos.sim;

import java.util.Optional;

/** Runs a scenario over a range of seeds. */
public final class Seeds {
    private Seeds() {
    }

    /** The first run among {@code count} seeds from {@code first} that violates safety, if any. */
    public static Optional<Simulation.Result> firstViolation(Scenario scenario, long first, int count) {
        for (long seed = first; seed < first + count; seed++) {
            Simulation.Result result = Simulation.run(scenario, seed);
            if (!result.safe()) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }
}
