package dev.ballot.paxos.sim;

import static dev.ballot.paxos.sim.SimAssert.assertCheckersCatch;
import static dev.ballot.paxos.sim.SimAssert.assertLive;
import static dev.ballot.paxos.sim.SimAssert.assertReplays;
import static dev.ballot.paxos.sim.SimAssert.assertSafe;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.Mutant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The seeded runs every protocol gets, written once and bound to each workload by a subclass (as
 * Ratis binds one suite per transport): the correct core under every fault, under frequent
 * amnesia and with five nodes, judged by the monitors and the framework's checkers; liveness
 * without faults; exact replay; and the amnesia mutant caught by a checker.
 */
abstract class SimulationSuite {
    static final FaultMix AMNESIA = FaultMix.all().withWipe(0.02);
    /**
     * Late accepts: a leader paused behind a partition (or a bridge) resumes and sends accepts of
     * its old ballot, which reach acceptors that meanwhile promised a successor; messages take up
     * to 4 ticks, so some arrive after newer ones.
     */
    static final FaultMix LATE_ACCEPTS = FaultMix.none().withDelay(4).withPause(0.03).withPartition(0.05);

    private final Function<FaultMix, Scenario> scenarios;
    private final int seeds;

    /**
     * @param scenarios the workload's scenario under given faults
     * @param seeds how many seeds run under every fault; the variants run a fraction of it
     */
    SimulationSuite(Function<FaultMix, Scenario> scenarios, int seeds) {
        this.scenarios = scenarios;
        this.seeds = seeds;
    }

    Scenario scenario(FaultMix faults) {
        return scenarios.apply(faults);
    }

    @Test
    void safeUnderEveryFault() {
        assertSafe(scenario(FaultMix.all()), 0, seeds);
    }

    @Test
    void safeWithFrequentAmnesia() {
        assertSafe(scenario(AMNESIA), 10_000, seeds / 4);
    }

    @Test
    void safeWithFiveNodes() {
        assertSafe(scenario(FaultMix.all()).withNodes(5), 20_000, seeds / 5);
    }

    /** Two of five nodes may be amnesiacs at once: they rejoin together (see {@code Rejoin}). */
    @Test
    void safeWithFiveNodesAndFrequentAmnesia() {
        Scenario scenario = scenario(AMNESIA).withNodes(5);
        assertSafe(scenario, 30_000, seeds / 5);
        assertTrue(OverlappingRejoins.count(scenario, 30_000, 20) > 0,
                "the fault mix no longer makes amnesiacs overlap, so the seeds above test less than they claim");
    }

    @Test
    void everyOperationCompletesWithoutFaults() {
        assertLive(scenario(FaultMix.none()), 30);
    }

    @Test
    void aSeedReplaysExactly() {
        assertReplays(scenario(FaultMix.all()), 7);
    }

    @Test
    void forgetPromiseIsCaughtByACheckerWhenAcceptsArriveLate() {
        assertCheckersCatch(scenario(LATE_ACCEPTS).withMutants(Mutant.FORGET_PROMISE), 500);
    }

    @Test
    void amnesiaUnsafeIsCaughtByACheckerUnderFrequentAmnesia() {
        assertCheckersCatch(scenario(AMNESIA).withMutants(Mutant.AMNESIA_UNSAFE), 300);
    }
}
