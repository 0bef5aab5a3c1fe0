package dev.ballot.nemesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {
    private static final List<String> NODES = List.of("n1", "n2", "n3", "n4", "n5");

    private static FaultSchedule plan(String kinds, long seed) {
        return FaultSchedule.plan(FaultKind.parseList(kinds), Duration.ofSeconds(10), 0, NODES,
                Duration.ofSeconds(60), seed);
    }

    @Test
    void aSeedReplaysTheSameSchedule() {
        assertEquals(plan("all", 9), plan("all", 9));
        assertTrue(!plan("all", 9).equals(plan("all", 10)));
    }

    @Test
    void oneFaultPerIntervalHeldForHalfOfIt() {
        List<FaultWindow> windows = plan("crash", 1).windows();
        assertEquals(6, windows.size());
        for (int i = 0; i < windows.size(); i++) {
            assertEquals((i * 10 + 5) * 1_000_000_000L, windows.get(i).startNanos());
            assertEquals((i + 1) * 10 * 1_000_000_000L, windows.get(i).stopNanos());
        }
    }

    @Test
    void amnesiaKillsWipesAndRestartsAMinority() {
        for (FaultWindow window : plan("amnesia", 3).windows()) {
            int k = window.stop().size();
            assertTrue(k >= 1 && k <= 2, "a minority of five");
            assertTrue(window.start().subList(0, k).stream().allMatch(f -> f instanceof Fault.Kill));
            assertTrue(window.start().subList(k, 2 * k).stream().allMatch(f -> f instanceof Fault.Wipe));
            assertTrue(window.stop().stream().allMatch(f -> f instanceof Fault.Restart));
        }
    }

    @Test
    void everyKindIsUndoneByItsStop() {
        for (FaultWindow window : plan("partition,loss,clock,pause", 5).windows()) {
            Fault first = window.start().get(0);
            Fault undo = window.stop().get(0);
            boolean matches = (first instanceof Fault.Partition || first instanceof Fault.PacketLoss)
                    ? undo instanceof Fault.Heal
                    : first instanceof Fault.Pause ? undo instanceof Fault.Resume
                    : undo instanceof Fault.ClockReset;
            assertTrue(matches, window.toString());
        }
    }

    @Test
    void noneAndAShortRunHaveNoFaults() {
        assertTrue(plan("none", 1).isEmpty());
        assertTrue(FaultSchedule.plan(EnumSet.of(FaultKind.CRASH), Duration.ofSeconds(10), 1, NODES,
                Duration.ofSeconds(9), 1).isEmpty());
    }

    @Test
    void parsesNemesisLists() {
        assertEquals(EnumSet.allOf(FaultKind.class), FaultKind.parseList("all"));
        assertEquals(Set.of(FaultKind.CLOCK, FaultKind.PAUSE), FaultKind.parseList(" clock, pause"));
        assertThrows(IllegalArgumentException.class, () -> FaultKind.parseList("partition,none"));
        assertThrows(IllegalArgumentException.class, () -> FaultKind.parseList("meteor"));
    }
}
