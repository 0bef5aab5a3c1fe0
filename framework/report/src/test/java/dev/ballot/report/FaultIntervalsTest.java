package dev.ballot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fault intervals from nemesis events: pairing, families, targets, labels. */
class FaultIntervalsTest {

    private static List<FaultInterval> intervals(Events events) {
        History history = events.history();
        return FaultIntervals.of(history, Timebase.of(history));
    }

    @Test
    void aPartitionLastsFromItsInvocationUntilTheHealCompleted() {
        Map<String, List<String>> grudge = Map.of("n1", List.of("n3"), "n2", List.of("n3"),
                "n3", List.of("n1", "n2"));
        List<FaultInterval> faults = intervals(new Events()
                .invoke(0, "read", null, 0).ok(0, "read", 1, 1000)
                .fault("partition", grudge, 2000, 2500)
                .fault("heal", null, 7000, 7400)
                .invoke(0, "read", null, 8000).ok(0, "read", 1, 9000));
        assertEquals(1, faults.size());
        FaultInterval partition = faults.get(0);
        assertEquals(2.0, partition.start(), 1e-9);
        assertEquals(7.4, partition.end(), 1e-9);
        assertEquals("network", partition.family());
        assertEquals("partition n1 n2 | n3", partition.label());
        assertEquals(List.of("n1", "n2", "n3"), partition.targets());
        assertTrue(partition.undone());
        assertNull(partition.error());
    }

    @Test
    void killThenWipeIsOneAmnesiaEndedByTheRestart() {
        List<FaultInterval> faults = intervals(new Events()
                .fault("primaries", List.of("n3"), 500)
                .fault("kill", List.of("n3"), 1000, 1100)
                .fault("wipe", List.of("n3"), 1100, 1200)
                .fault("restart", List.of("n3"), 5000, 6000));
        assertEquals(1, faults.size());
        assertEquals("kill, wipe n3", faults.get(0).label());
        assertEquals("process", faults.get(0).family());
        assertEquals(1.0, faults.get(0).start(), 1e-9);
        assertEquals(6.0, faults.get(0).end(), 1e-9);
    }

    @Test
    void aCrashOfTwoNodesEndsWhenBothRestarted() {
        List<FaultInterval> faults = intervals(new Events()
                .fault("kill", List.of("n1"), 1000)
                .fault("kill", List.of("n2"), 1100)
                .fault("restart", List.of("n1"), 3000)
                .fault("restart", List.of("n2"), 3500)
                .fault("pause", List.of("n2"), 4000)
                .fault("resume", List.of("n2"), 4500));
        assertEquals(2, faults.size());
        assertEquals("kill n1 n2", faults.get(0).label());
        assertEquals(3.5, faults.get(0).end(), 1e-9);
        assertEquals("pause n2", faults.get(1).label());
        assertEquals(List.of("n2"), faults.get(1).targets());
    }

    @Test
    void faultsOfDifferentFamiliesOverlap() {
        List<FaultInterval> faults = intervals(new Events()
                .fault("loss", Map.of("nodes", List.of("n1", "n2"), "probability", 0.4), 1000)
                .fault("clock-offset", Map.of("node", "n3", "seconds", -2.0), 1500)
                .fault("heal", null, 3000)
                .fault("clock-reset", List.of("n3"), 4000));
        assertEquals(2, faults.size());
        assertEquals("loss 40% n1 n2", faults.get(0).label());
        assertEquals(3.0, faults.get(0).end(), 1e-9);
        assertEquals("clock-offset n3 -2 s", faults.get(1).label());
        assertEquals("clock", faults.get(1).family());
        assertEquals(4.0, faults.get(1).end(), 1e-9);
    }

    @Test
    void aFaultNeverUndoneLastsUntilTheEndAndAFailedOneSaysWhy() {
        Events events = new Events().invoke(0, "write", 1, 0);
        events.add(OpType.INVOKE, Op.NEMESIS, "pause", List.of("n2"), 1000, null);
        events.add(OpType.INFO, Op.NEMESIS, "pause", List.of("n2"), 1200, "still running");
        List<FaultInterval> faults = intervals(events.ok(0, "write", 1, 9000));
        assertEquals(1, faults.size());
        assertFalse(faults.get(0).undone());
        assertEquals(9.0, faults.get(0).end(), 1e-9);
        assertEquals("pause: still running", faults.get(0).error());
    }

    @Test
    void jepsensLoneInfoStartAndStopDelimitAnInterval() {
        Events events = new Events().invoke(0, "read", null, 0);
        events.add(OpType.INFO, Op.NEMESIS, "start", null, 1000, null);
        events.add(OpType.INFO, Op.NEMESIS, "stop", "fully connected", 2000, null);
        List<FaultInterval> faults = intervals(events.ok(0, "read", null, 3000));
        assertEquals(1, faults.size());
        assertEquals("start", faults.get(0).label());
        assertEquals(1.0, faults.get(0).start(), 1e-9);
        assertEquals(2.0, faults.get(0).end(), 1e-9);
    }

    @Test
    void aGrudgeThatIsNoCleanPartitionSaysWhoDropsWhom() {
        assertEquals("partition n1 drops n2", FaultText.describe("partition",
                Map.of("n1", List.of("n2"))));
        assertEquals("partition n1 | n2 | n3", FaultText.describe("partition", Map.of(
                "n1", List.of("n2", "n3"), "n2", List.of("n1", "n3"), "n3", List.of("n1", "n2"))));
    }
}
