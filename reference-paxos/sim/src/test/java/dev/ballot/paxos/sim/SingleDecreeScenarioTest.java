package dev.ballot.paxos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ballot.paxos.Body;
import dev.ballot.paxos.Mutant;
import org.junit.jupiter.api.Test;

/** Protocol scenarios of single-decree Paxos, each a transcript on a manual network. */
class SingleDecreeScenarioTest {
    private static final int R = 0;
    private static final int Y = 1;
    private static final int X = 2;

    @Test
    void duelingProposersStillDecide() {
        Transcript t = new Transcript();
        for (int node = 0; node < 3; node++) {
            t.propose(node, 10 + node);
        }
        t.settle(300);
        Long decided = t.monitor.learnedBy(0);
        assertNotNull(decided, "three proposers at once must still decide");
        assertEquals(decided, t.monitor.learnedBy(1));
        assertEquals(decided, t.monitor.learnedBy(2));
    }

    @Test
    void aCrashBetweenAcceptAndReplyKeepsTheAcceptance() {
        Transcript t = new Transcript();
        t.propose(Y, 1);
        t.deliver(Y, R, Body.Prepare.class);
        t.deliver(R, Y, Body.Promise.class);
        t.cluster.crashAfterNextPersist(R);
        t.deliver(Y, R, Body.Accept.class);
        assertFalse(t.cluster.up(R), "R persisted its acceptance and crashed before answering");
        t.net.drop(m -> true);
        t.cluster.restart(R);
        // 1 was accepted by Y and R, a majority, though nobody knows it: X must adopt it.
        t.propose(X, 2);
        t.bothPhasesWith(X, R);
        assertEquals(1L, t.monitor.learnedBy(X));
    }

    /** DESIGN.md trap 1: 1 is chosen by {R, Y}; R is wiped; X's phase 1 hears only {R, X}. */
    private static Transcript chosenValueForgotten(Mutant... mutants) {
        Transcript t = new Transcript(mutants);
        t.propose(Y, 1);
        t.bothPhasesWith(Y, R);
        assertEquals(1L, t.monitor.learnedBy(Y));
        t.net.drop(m -> m.to() == X || m.from() == Y);
        t.cluster.wipe(R);
        t.cluster.restart(R);
        t.cluster.tick();
        t.propose(X, 2);
        t.deliverAll(m -> (m.from() == X || m.from() == R) && m.to() != Y);
        return t;
    }

    @Test
    void trapOneTheCorrectCoreKeepsTheChosenValue() {
        Transcript t = chosenValueForgotten();
        assertNull(t.monitor.violation());
        t.settle(300);
        assertNull(t.monitor.violation());
        assertEquals(1L, t.monitor.learnedBy(X));
        assertEquals(1L, t.monitor.learnedBy(R));
    }

    @Test
    void trapOneAmnesiaUnsafeChoosesASecondValue() {
        Transcript t = chosenValueForgotten(Mutant.AMNESIA_UNSAFE);
        assertNotNull(t.monitor.violation());
    }

    /**
     * DESIGN.md trap 2: R promises X's ballot b and is wiped before anyone else hears of b. R
     * rejoins through Y alone; Y's lower ballot then gets 1 chosen with R; then X counts R's old
     * promise, completes phase 1 with it and gets 2 chosen with Y.
     */
    private static Transcript promiseForgotten(Mutant... mutants) {
        Transcript t = new Transcript(mutants);
        t.propose(Y, 1);
        t.propose(X, 2);
        t.deliver(X, R, Body.Prepare.class);
        t.cluster.wipe(R);
        t.cluster.restart(R);
        t.cluster.tick();
        t.deliverAll(m -> (m.from() == R || m.from() == Y) && (m.to() == R || m.to() == Y));
        t.net.drop(m -> m.from() == Y && m.to() == X);
        t.deliver(R, X, Body.Promise.class);
        t.deliverAll(m -> (m.from() == X && m.to() == Y) || (m.from() == Y && m.to() == X));
        return t;
    }

    @Test
    void trapTwoTheCorrectCoreHonoursTheForgottenPromise() {
        Transcript t = promiseForgotten();
        assertEquals(2L, t.monitor.learnedBy(X), "X's phase 1 with R's old promise is legitimate");
        assertEquals(2L, t.monitor.learnedBy(Y), "Y never had 1 chosen: R did not vote yet");
        t.settle(300);
        assertNull(t.monitor.violation());
        assertEquals(2L, t.monitor.learnedBy(R));
    }

    @Test
    void trapTwoAmnesiaUnsafeChoosesASecondValue() {
        Transcript t = promiseForgotten(Mutant.AMNESIA_UNSAFE);
        assertNotNull(t.monitor.violation());
    }
}
