package dev.ballot.paxos.sim;

import static dev.ballot.paxos.sim.SimAssert.assertCheckersCatch;
import static dev.ballot.paxos.sim.SimAssert.assertSafe;

import dev.ballot.paxos.Mutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Multi-Paxos and its key-value store over thousands of seeded fault schedules (with snapshots,
 * compaction, catch-up and retried requests along the way), and each mutant caught.
 */
class RegistersSimulationTest extends SimulationSuite {
    /**
     * Clocks that jump often, partitions and pauses: what breaks a wall-clock lease. A leader
     * paused behind a partition resumes believing it leads (its check-quorum counts its own
     * ticks, which stopped) while a successor commits writes; a clock that jumped back keeps its
     * lease valid, and it goes on leading and answering reads from its stale state while the
     * lease holds.
     */
    private static final FaultMix SKEW = FaultMix.none().withSkew(0.2).withPartition(0.05).withPause(0.03);

    RegistersSimulationTest() {
        super(Scenario::registers, 1000);
    }

    @Test
    void safeWhenClocksJump() {
        assertSafe(scenario(SKEW), 0, 300);
    }

    @ParameterizedTest
    @EnumSource(value = Mutant.class, names = {"NO_ADOPT", "MINORITY_QUORUM", "VOLATILE_ACCEPTOR", "STALE_READ"})
    void mutantIsCaughtByACheckerUnderEveryFault(Mutant mutant) {
        assertCheckersCatch(scenario(FaultMix.all()).withMutants(mutant), 300);
    }

    @Test
    void clockLeaseIsCaughtByACheckerWhenClocksJump() {
        assertCheckersCatch(scenario(SKEW).withMutants(Mutant.CLOCK_LEASE), 1000);
    }
}
