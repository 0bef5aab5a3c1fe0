package dev.ballot.paxos.sim;

import static dev.ballot.paxos.sim.SimAssert.assertLive;
import static dev.ballot.paxos.sim.SimAssert.assertReplays;
import static dev.ballot.paxos.sim.SimAssert.assertSafe;
import static dev.ballot.paxos.sim.SimAssert.assertViolates;

import dev.ballot.paxos.Mutant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Multi-Paxos and its key-value store over thousands of seeded fault schedules (with snapshots,
 * compaction, catch-up and retried requests along the way), and each mutant caught.
 *
 * <p>{@link Mutant#FORGET_PROMISE} is caught in {@link AgreementSimulationTest}: the acceptor is
 * shared, and here leader stickiness, check-quorum and refused heartbeats close the window in
 * which a deposed leader's accept reaches an acceptor that promised its successor.
 */
class RegistersSimulationTest {
    private static final Scenario FAULTY = Scenario.registers(FaultMix.all());
    private static final FaultMix AMNESIA = FaultMix.all().withWipe(0.02);
    /** Clocks that jump often, and partitions: what breaks a wall-clock lease. */
    private static final FaultMix SKEW = FaultMix.none().withSkew(0.2).withPartition(0.05);

    @Test
    void safeUnderEveryFault() {
        assertSafe(FAULTY, 0, 1000);
    }

    @Test
    void safeWithFrequentAmnesia() {
        assertSafe(FAULTY.withFaults(AMNESIA), 10_000, 300);
    }

    @Test
    void safeWithFiveNodes() {
        assertSafe(FAULTY.withNodes(5), 20_000, 200);
    }

    @Test
    void safeWhenClocksJump() {
        assertSafe(FAULTY.withFaults(SKEW), 0, 300);
    }

    @Test
    void everyOperationCompletesWithoutFaults() {
        assertLive(Scenario.registers(FaultMix.none()), 30);
    }

    @Test
    void aSeedReplaysExactly() {
        assertReplays(FAULTY, 7);
    }

    @ParameterizedTest
    @EnumSource(value = Mutant.class, names = {"NO_ADOPT", "MINORITY_QUORUM", "VOLATILE_ACCEPTOR", "STALE_READ"})
    void mutantViolatesSafety(Mutant mutant) {
        assertViolates(FAULTY.withMutants(mutant), 300);
    }

    @Test
    void amnesiaUnsafeViolatesSafety() {
        assertViolates(FAULTY.withFaults(AMNESIA).withMutants(Mutant.AMNESIA_UNSAFE), 300);
    }

    @Test
    void clockLeaseServesStaleReadsWhenClocksJump() {
        assertViolates(FAULTY.withFaults(SKEW).withMutants(Mutant.CLOCK_LEASE), 1000);
    }
}
