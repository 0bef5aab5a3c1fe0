package dev.ballot.paxos.sim;

import static dev.ballot.paxos.sim.SimAssert.assertLive;
import static dev.ballot.paxos.sim.SimAssert.assertReplays;
import static dev.ballot.paxos.sim.SimAssert.assertSafe;
import static dev.ballot.paxos.sim.SimAssert.assertViolates;

import dev.ballot.paxos.Mutant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Single-decree Paxos over thousands of seeded fault schedules, and each mutant caught. */
class AgreementSimulationTest {
    private static final Scenario FAULTY = Scenario.agreement(FaultMix.all());

    @Test
    void safeUnderEveryFault() {
        assertSafe(FAULTY, 0, 2000);
    }

    @Test
    void safeWithFrequentAmnesia() {
        assertSafe(FAULTY.withFaults(FaultMix.all().withWipe(0.02)), 10_000, 500);
    }

    @Test
    void safeWithFiveNodes() {
        assertSafe(FAULTY.withNodes(5), 20_000, 300);
    }

    @Test
    void everyOperationCompletesWithoutFaults() {
        assertLive(Scenario.agreement(FaultMix.none()), 50);
    }

    @Test
    void aSeedReplaysExactly() {
        assertReplays(FAULTY, 7);
    }

    @ParameterizedTest
    @EnumSource(value = Mutant.class, names = {"NO_ADOPT", "FORGET_PROMISE", "MINORITY_QUORUM", "VOLATILE_ACCEPTOR"})
    void mutantViolatesAgreement(Mutant mutant) {
        assertViolates(FAULTY.withMutants(mutant), 500);
    }

    @Test
    void amnesiaUnsafeViolatesAgreement() {
        assertViolates(FAULTY.withFaults(FaultMix.all().withWipe(0.02)).withMutants(Mutant.AMNESIA_UNSAFE), 500);
    }
}
