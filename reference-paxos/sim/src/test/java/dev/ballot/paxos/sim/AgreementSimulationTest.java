package dev.ballot.paxos.sim;

import static dev.ballot.paxos.sim.SimAssert.assertCheckersCatch;

import dev.ballot.paxos.Mutant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Single-decree Paxos over thousands of seeded fault schedules, and each mutant caught. */
class AgreementSimulationTest extends SimulationSuite {

    AgreementSimulationTest() {
        super(Scenario::agreement, 2000);
    }

    @ParameterizedTest
    @EnumSource(value = Mutant.class, names = {"NO_ADOPT", "MINORITY_QUORUM", "VOLATILE_ACCEPTOR"})
    void mutantIsCaughtByACheckerUnderEveryFault(Mutant mutant) {
        assertCheckersCatch(scenario(FaultMix.all()).withMutants(mutant), 500);
    }
}
