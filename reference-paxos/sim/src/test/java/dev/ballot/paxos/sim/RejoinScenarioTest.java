package dev.ballot.paxos.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.Body;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several nodes that lost their disks at once: they rejoin together only if a majority kept theirs. */
class RejoinScenarioTest {

    private static Transcript decided(int nodes, long value) {
        Transcript t = new Transcript(nodes);
        t.propose(0, value);
        t.settle(300);
        assertEquals(value, t.monitor.learnedBy(0));
        return t;
    }

    private static void wipe(Transcript t, int... nodes) {
        for (int node : nodes) {
            t.cluster.wipe(node);
        }
        for (int node : nodes) {
            t.cluster.restart(node);
        }
    }

    @Test
    void twoOfFiveWipedAtOnceRejoinAndKeepTheChosenValue() {
        Transcript t = decided(5, 1);
        wipe(t, 1, 2);
        t.settle(300);
        assertTrue(t.cluster.replica(1).voting() && t.cluster.replica(2).voting(), "both amnesiacs vote again");
        // Only the two rejoined nodes and one that kept its disk remain: a quorum in which the
        // chosen value survives only through what the rejoined nodes adopted and node 4 reports.
        t.cluster.crash(0);
        t.cluster.crash(3);
        List<Reply> replies = new ArrayList<>();
        t.cluster.onReply((node, reply) -> replies.add(reply));
        t.propose(1, 2);
        t.settle(300);
        assertEquals(List.of(new Reply(1002, 1, new Outcome.Ok(1L))), replies);
        assertNull(t.monitor.violation());
    }

    /**
     * Addition 3: W's old incarnation completes a phase 1 at b with R's old promise and X's, which
     * X gave after it answered R's rejoin, and sends Accept(b, 1); both are wiped. Were X's answer
     * enough although it names W's old incarnation, R' would vote knowing nothing of b, and Y's
     * lower ballot would get 2 chosen with R' and Z; W's old accepts would then reach X and Y, and
     * X's higher ballot would find 1 and get it chosen too (without addition 3 this transcript
     * ends with two values learned).
     */
    @Test
    void anAnswerGivenBeforeTheVoterKnewTheOtherAmnesiacIsAskedAgain() {
        final int r = 0;
        final int x = 1;
        final int y = 2;
        final int z = 3;
        final int w = 4;
        Transcript t = new Transcript(5);
        t.propose(w, 1);
        t.net.drop(m -> m.from() == w && (m.to() == y || m.to() == z));
        t.deliver(w, r, Body.Prepare.class);
        wipe(t, r);
        t.cluster.tick();
        for (int voter : new int[] {x, y, z}) {
            t.deliver(r, voter, Body.Rejoin.class);
        }
        t.deliver(w, x, Body.Prepare.class);
        t.deliver(r, w, Body.Promise.class);
        t.deliver(x, w, Body.Promise.class);
        wipe(t, w);
        t.cluster.tick();
        t.deliver(w, r, Body.Rejoin.class);
        t.deliver(r, w, Body.Rejoin.class);
        t.deliverAll(m -> m.to() == r && m.from() != w || m.body() instanceof Body.Rejoining);
        assertFalse(t.cluster.replica(r).voting(), "every voter answered before it knew W's new incarnation");

        t.propose(y, 2);
        t.deliverAll(m -> (m.from() == y || m.to() == y) && (m.from() == r || m.to() == r || m.from() == z
                || m.to() == z) && !(m.body() instanceof Body.Rejoin));
        t.deliver(w, x, Body.Accept.class);
        t.deliver(w, y, Body.Accept.class);
        t.propose(x, 3);
        t.deliverAll(m -> (m.from() == x || m.to() == x) && (m.from() == y || m.to() == y || m.from() == z
                || m.to() == z) && !(m.body() instanceof Body.Chosen));
        assertNull(t.monitor.violation());
        t.settle(300);
        assertNull(t.monitor.violation());
        assertTrue(t.cluster.replica(r).voting() && t.cluster.replica(w).voting());
    }

    @Test
    void aMajorityWipedAtOnceStaysOut() {
        Transcript t = decided(3, 1);
        wipe(t, 1, 2);
        t.settle(600);
        assertFalse(t.cluster.replica(1).voting() || t.cluster.replica(2).voting(),
                "with two disks of three lost, the chosen value may be gone: nobody may vote on without it");
        assertNull(t.monitor.violation());
    }

    @Test
    void theSingleNodeOfAClusterOfOneStaysOutAfterAWipe() {
        Transcript t = decided(1, 1);
        wipe(t, 0);
        t.settle(100);
        assertFalse(t.cluster.replica(0).voting(), "its disk held the only copy of the chosen value");
    }
}
