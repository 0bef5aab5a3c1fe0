package dev.ballot.nemesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {
    private static final List<String> NODES = List.of("n1", "n2", "n3", "n4", "n5");

    private static FaultSchedule plan(String kinds, long seed) {
        return FaultSchedule.plan(FaultKind.parseList(kinds), Duration.ofSeconds(10), 0, NODES,
                Duration.ofSeconds(60), false, seed);
    }

    private static FaultSchedule overlapping(String kinds, long seed) {
        return FaultSchedule.plan(FaultKind.parseList(kinds), Duration.ofSeconds(10), 0, NODES,
                Duration.ofSeconds(60), true, seed);
    }

    private static boolean overlap(FaultWindow a, FaultWindow b) {
        return a.startNanos() < b.stopNanos() && b.startNanos() < a.stopNanos();
    }

    /** The family of a window's kind, read from its aim or its first fault. */
    private static FaultKind.Family family(FaultWindow window) {
        if (window.aim() != null) {
            return window.aim().kind().family();
        }
        Fault first = window.start().get(0);
        if (first instanceof Fault.Partition || first instanceof Fault.PacketLoss) {
            return FaultKind.Family.NETWORK;
        }
        return first instanceof Fault.ClockOffset || first instanceof Fault.ClockStrobe
                ? FaultKind.Family.CLOCK : FaultKind.Family.PROCESS;
    }

    /** The schedule's windows as they are applied while {@code n3} leads. */
    private static List<FaultWindow> resolved(FaultSchedule schedule) {
        return resolved(schedule, "n3");
    }

    /** The schedule's windows as they are applied, in start order, while {@code leader} leads. */
    private static List<FaultWindow> resolved(FaultSchedule schedule, String leader) {
        List<FaultWindow> begun = new ArrayList<>();
        for (FaultWindow planned : schedule.windows()) {
            begun.add(planned.resolve(List.of(leader), NODES, begun));
        }
        return begun;
    }

    /** A window aimed at the leader, resolved while {@code primaries} lead. */
    private static FaultWindow atLeader(FaultWindow planned, String... primaries) {
        return planned.resolve(List.of(primaries), NODES, List.of());
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
        for (FaultWindow window : resolved(plan("amnesia", 3))) {
            int k = window.stop().size();
            assertTrue(k >= 1 && k <= 2, "a minority of five");
            assertTrue(window.start().subList(0, k).stream().allMatch(f -> f instanceof Fault.Kill));
            assertTrue(window.start().subList(k, 2 * k).stream().allMatch(f -> f instanceof Fault.Wipe));
            assertTrue(window.stop().stream().allMatch(f -> f instanceof Fault.Restart));
        }
    }

    @Test
    void everyKindIsUndoneByItsStop() {
        for (FaultWindow window : resolved(plan("partition,loss,clock,pause", 5))) {
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
    void partitionsOftenIsolateTheLeaderAndNameIt() {
        long aimed = 0;
        long total = 0;
        for (long seed = 0; seed < 20; seed++) {
            for (FaultWindow planned : plan("partition", seed).windows()) {
                total++;
                if (!(planned.aim() instanceof LeaderTarget)) {
                    continue;
                }
                aimed++;
                assertTrue(planned.start().isEmpty(), "unresolved until it begins");
                FaultWindow window = atLeader(planned, "n3");
                Grudge grudge = ((Fault.Partition) window.start().get(0)).grudge();
                assertTrue(window.start().get(0).targets().contains("n3"));
                assertTrue(!grudge.delivers("n3", "n1") || !grudge.delivers("n3", "n2")
                        || !grudge.delivers("n3", "n4"), "the leader is in the minority");
                assertEquals(List.of(new Fault.Heal()), window.stop());
                assertEquals(window, atLeader(planned, "n3"), "replays");
            }
        }
        assertTrue(aimed > total / 3 && aimed < total * 2 / 3, aimed + " of " + total);
    }

    @Test
    void crashesOfTheLeaderRestartIt() {
        for (FaultWindow planned : plan("crash", 4).windows()) {
            if (planned.aim() != null) {
                FaultWindow window = atLeader(planned, "n5", "n2");
                assertEquals(new Fault.Kill("n2"), window.start().get(0), "the leader first");
                assertTrue(window.start().size() <= 2, "a minority of five");
                assertEquals(window.start().stream().map(kill -> new Fault.Restart(((Fault.Kill) kill)
                        .node())).toList(), window.stop(), "every killed node restarts");
            }
        }
    }

    @Test
    void aFaultOnTheLeaderTakesAsManyNodesAsAsked() {
        FaultSchedule schedule = FaultSchedule.plan(EnumSet.of(FaultKind.AMNESIA), Duration.ofSeconds(10),
                3, NODES, Duration.ofSeconds(60), false, 2);
        int aimed = 0;
        for (FaultWindow planned : schedule.windows()) {
            List<Fault> start = atLeader(planned, "n4").start();
            assertEquals(6, start.size(), "three kills, three wipes: " + start);
            if (planned.aim() != null) {
                aimed++;
                assertEquals(new Fault.Kill("n4"), start.get(0));
            }
        }
        assertTrue(aimed > 0);
    }

    @Test
    void withNoKnownLeaderASeededNodeIsAimedAt() {
        LeaderTarget target = new LeaderTarget(FaultKind.PAUSE, "", 1, 7);
        String chosen = target.leader(List.of(), NODES);
        assertTrue(NODES.contains(chosen));
        assertEquals(chosen, target.leader(List.of("n9"), NODES), "an unknown primary is ignored");
    }

    @Test
    void noneAndAShortRunHaveNoFaults() {
        assertTrue(plan("none", 1).isEmpty());
        assertTrue(FaultSchedule.plan(EnumSet.of(FaultKind.CRASH), Duration.ofSeconds(10), 1, NODES,
                Duration.ofSeconds(9), false, 1).isEmpty());
    }

    @Test
    void overlappingFaultsOfOneFamilyNeverOverlapButFamiliesDo() {
        int crossings = 0;
        for (long seed = 0; seed < 20; seed++) {
            List<FaultWindow> windows = overlapping("partition,amnesia,clock", seed).windows();
            assertEquals(18, windows.size(), "one window per interval for each of three families");
            for (int i = 0; i < windows.size(); i++) {
                FaultWindow a = windows.get(i);
                assertTrue(a.stopNanos() > a.startNanos() && a.stopNanos() <= 60_000_000_000L);
                for (int j = i + 1; j < windows.size(); j++) {
                    FaultWindow b = windows.get(j);
                    assertTrue(a.startNanos() <= b.startNanos(), "windows are in start order");
                    if (overlap(a, b)) {
                        assertTrue(family(a) != family(b), "one family overlaps: " + a + " " + b);
                        crossings++;
                    }
                }
            }
        }
        assertTrue(crossings > 100, "families overlap often: " + crossings);
        assertEquals(overlapping("all", 4), overlapping("all", 4));
    }

    @Test
    void inEachIntervalTheClockGoesWrongFirstThenTheNetworkThenAProcess() {
        for (long seed = 0; seed < 20; seed++) {
            List<FaultWindow> windows = overlapping("clock,partition,crash", seed).windows();
            for (int interval = 0; interval < 6; interval++) {
                long begin = interval * 10_000_000_000L;
                FaultWindow clock = inInterval(windows, FaultKind.Family.CLOCK, begin);
                FaultWindow net = inInterval(windows, FaultKind.Family.NETWORK, begin);
                FaultWindow process = inInterval(windows, FaultKind.Family.PROCESS, begin);
                assertTrue(clock.startNanos() < net.startNanos() && net.startNanos() < clock.stopNanos(),
                        "the clock is still wrong when the cut begins");
                assertTrue(net.startNanos() < process.startNanos()
                        && process.startNanos() < net.stopNanos(), "the cut holds when a process fails");
                assertTrue(process.stopNanos() <= begin + 10_000_000_000L);
            }
        }
    }

    private static FaultWindow inInterval(List<FaultWindow> windows, FaultKind.Family family, long begin) {
        return windows.stream().filter(w -> family(w) == family && w.startNanos() >= begin
                && w.startNanos() < begin + 10_000_000_000L).findFirst().orElseThrow();
    }

    @Test
    void aClockFaultOnTheLeaderSetsItsClockBack() {
        int aimed = 0;
        for (long seed = 0; seed < 10; seed++) {
            for (FaultWindow planned : plan("clock", seed).windows()) {
                if (planned.aim() != null) {
                    aimed++;
                    FaultWindow window = atLeader(planned, "n2");
                    assertEquals("n2", ((Fault.ClockOffset) window.start().get(0)).node());
                    for (Fault fault : window.start()) {
                        assertTrue(((Fault.ClockOffset) fault).seconds() < 0, "behind: " + fault);
                    }
                    assertEquals(((Fault.ClockReset) window.stop().get(0)).nodes(), window.start()
                            .stream().map(f -> ((Fault.ClockOffset) f).node()).toList());
                }
            }
        }
        assertTrue(aimed > 10, "half of the clock faults aim at the leader: " + aimed);
    }

    /** The nodes a window's clock offsets set back, in the order it names them. */
    private static List<String> setBack(FaultWindow clock) {
        return clock.start().stream().filter(f -> f instanceof Fault.ClockOffset offset
                && offset.seconds() < 0).map(f -> ((Fault.ClockOffset) f).node()).toList();
    }

    /** Whether the grudge cuts {@code group} off from every other node, both ways, and no more. */
    private static boolean isolates(Grudge grudge, List<String> group, List<String> nodes) {
        for (String a : nodes) {
            for (String b : nodes) {
                boolean apart = group.contains(a) != group.contains(b);
                if (!a.equals(b) && grudge.delivers(a, b) == apart) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void aCutBeginningWhileClocksAreBehindIsolatesThoseNodes() {
        int followed = 0;
        int drawn = 0;
        int atTheLeader = 0;
        for (long seed = 0; seed < 20; seed++) {
            FaultSchedule schedule = overlapping("clock,partition", seed);
            String leader = NODES.get((int) (seed % NODES.size()));
            List<FaultWindow> applied = resolved(schedule, leader);
            for (int interval = 0; interval < 6; interval++) {
                long begin = interval * 10_000_000_000L;
                FaultWindow clock = inInterval(applied, FaultKind.Family.CLOCK, begin);
                int net = applied.indexOf(inInterval(applied, FaultKind.Family.NETWORK, begin));
                Grudge grudge = ((Fault.Partition) applied.get(net).start().get(0)).grudge();
                List<String> behind = setBack(clock);
                if (behind.isEmpty()) {
                    drawn++;
                    assertTrue(!(schedule.windows().get(net).aim() instanceof SkewedTarget),
                            "no clock behind, the cut is drawn as usual");
                    continue;
                }
                followed++;
                assertTrue(schedule.windows().get(net).aim() instanceof SkewedTarget);
                List<String> cut = behind.subList(0, Math.min(2, behind.size()));
                assertTrue(isolates(grudge, cut, NODES), grudge + " isolates " + cut);
                if (behind.get(0).equals(leader) && clock.start().size() == behind.size()) {
                    atTheLeader++;
                }
            }
        }
        assertTrue(followed > 30 && drawn > 10, followed + " followed, " + drawn + " drawn");
        assertTrue(atTheLeader > 20, "the leader's clock set back, the leader cut off: " + atTheLeader);
        assertEquals(resolved(overlapping("clock,partition", 3), "n2"),
                resolved(overlapping("clock,partition", 3), "n2"), "replays");
    }

    @Test
    void packetLossBeginningWhileAClockIsBehindHitsThatNode() {
        int followed = 0;
        for (long seed = 0; seed < 10; seed++) {
            List<FaultWindow> applied = resolved(overlapping("clock,loss", seed), "n4");
            for (FaultWindow window : applied) {
                if (window.start().get(0) instanceof Fault.PacketLoss loss) {
                    List<String> behind = SkewedTarget.behind(applied, window.startNanos());
                    if (!behind.isEmpty()) {
                        followed++;
                        assertEquals(behind.subList(0, Math.min(2, behind.size())), loss.nodes());
                    }
                }
            }
        }
        assertTrue(followed > 10, "followed " + followed);
    }

    @Test
    void aCutFollowingClocksTakesAMinorityOfThemTheLeaderFirst() {
        List<String> three = List.of("n1", "n2", "n3");
        int checked = 0;
        for (long seed = 0; seed < 10; seed++) {
            FaultSchedule schedule = FaultSchedule.plan(FaultKind.parseList("clock,partition"),
                    Duration.ofSeconds(5), 2, three, Duration.ofSeconds(60), true, seed);
            List<FaultWindow> applied = new ArrayList<>();
            for (FaultWindow planned : schedule.windows()) {
                FaultWindow window = planned.resolve(List.of("n2"), three, applied);
                applied.add(window);
                if (planned.aim() instanceof SkewedTarget) {
                    List<String> behind = SkewedTarget.behind(applied, window.startNanos());
                    Grudge grudge = ((Fault.Partition) window.start().get(0)).grudge();
                    assertTrue(isolates(grudge, behind.subList(0, 1), three),
                            behind + " behind, one node cut off: " + grudge);
                    if (behind.size() == 2) {
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 10, "two clocks behind " + checked + " times");
        FaultWindow planned = FaultWindow.aimed(5, 9, new LeaderTarget(FaultKind.CLOCK, "", 2, 1));
        FaultWindow clock = planned.resolve(List.of("n2"), three, List.of());
        assertEquals("n2", setBack(clock).get(0), "the leader's clock first");
        FaultWindow cut = FaultWindow.aimed(6, 8, new SkewedTarget(FaultKind.PARTITION, 1))
                .resolve(List.of(), three, List.of(clock));
        assertEquals(Grudges.isolate("n2", three), ((Fault.Partition) cut.start().get(0)).grudge());
    }

    @Test
    void onlyANetworkFaultFollowsClocksAndOnlyWhileOneIsBehind() {
        assertThrows(IllegalArgumentException.class, () -> new SkewedTarget(FaultKind.CRASH, 1));
        FaultWindow cut = FaultWindow.aimed(6, 8, new SkewedTarget(FaultKind.PARTITION, 1));
        FaultWindow ahead = new FaultWindow(0, List.of(new Fault.ClockOffset("n1", 10)), 9,
                List.of(new Fault.ClockReset(List.of("n1"))));
        FaultWindow over = new FaultWindow(0, List.of(new Fault.ClockOffset("n1", -10)), 6,
                List.of(new Fault.ClockReset(List.of("n1"))));
        assertThrows(IllegalStateException.class, () -> cut.resolve(List.of(), NODES, List.of(ahead)));
        assertThrows(IllegalStateException.class, () -> cut.resolve(List.of(), NODES, List.of(over)));
        assertTrue(!FaultSchedule.holdsClocksBack(List.of(ahead, over), 6));
        for (long seed = 0; seed < 10; seed++) {
            assertTrue(plan("all", seed).windows().stream().noneMatch(w -> w.aim() instanceof SkewedTarget),
                    "faults that never overlap never follow each other");
            assertTrue(overlapping("partition,loss,crash", seed).windows().stream()
                    .noneMatch(w -> w.aim() instanceof SkewedTarget), "no clock, nothing to follow");
        }
    }

    @Test
    void theTimelineOrdersEveryStartAndStopAndHealsBeforeTheNextCut() {
        FaultSchedule schedule = overlapping("partition,crash", 8);
        List<FaultSchedule.Step> steps = schedule.timeline();
        assertEquals(2 * schedule.windows().size(), steps.size());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i - 1).nanos() <= steps.get(i).nanos());
        }
        for (int w = 0; w < schedule.windows().size(); w++) {
            int window = w;
            int start = indexOf(steps, s -> s.window() == window && s.start());
            int stop = indexOf(steps, s -> s.window() == window && !s.start());
            assertTrue(start < stop, "window " + w + " starts before it stops");
        }
        FaultSchedule backToBack = new FaultSchedule(List.of(
                FaultSchedule.partition(Grudge.none(), 0, 10), FaultSchedule.partition(Grudge.none(), 10, 20)));
        assertEquals(List.of(new FaultSchedule.Step(10, 0, false), new FaultSchedule.Step(10, 1, true)),
                backToBack.timeline().subList(1, 3), "the first cut is healed before the second");
    }

    private static int indexOf(List<FaultSchedule.Step> steps,
                               java.util.function.Predicate<FaultSchedule.Step> which) {
        for (int i = 0; i < steps.size(); i++) {
            if (which.test(steps.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void parsesNemesisLists() {
        assertEquals(EnumSet.allOf(FaultKind.class), FaultKind.parseList("all"));
        assertEquals(Set.of(FaultKind.CLOCK, FaultKind.PAUSE), FaultKind.parseList(" clock, pause"));
        assertThrows(IllegalArgumentException.class, () -> FaultKind.parseList("partition,none"));
        assertThrows(IllegalArgumentException.class, () -> FaultKind.parseList("meteor"));
    }
}
