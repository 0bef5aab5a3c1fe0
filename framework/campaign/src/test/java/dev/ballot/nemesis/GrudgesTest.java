package dev.ballot.nemesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GrudgesTest {
    private static final List<String> FIVE = List.of("n1", "n2", "n3", "n4", "n5");

    @Test
    void halvesCutAMinorityFromAMajorityBothWays() {
        Grudge grudge = Grudges.halves(FIVE);
        assertEquals(Map.of("n1", List.of("n3", "n4", "n5"), "n2", List.of("n3", "n4", "n5"),
                "n3", List.of("n1", "n2"), "n4", List.of("n1", "n2"), "n5", List.of("n1", "n2")),
                grudge.toValue());
    }

    @Test
    void isolateOneLeavesOneNodeAlone() {
        Grudge grudge = Grudges.isolateOne(FIVE, new SplittableRandom(1));
        long alone = FIVE.stream().filter(n -> heard(grudge, n).size() == 1).count();
        assertEquals(1, alone);
        FIVE.forEach(n -> assertTrue(heard(grudge, n).size() == 1 || heard(grudge, n).size() == 4));
    }

    @Test
    void majoritiesRingGivesEveryNodeADifferentMajority() {
        Grudge grudge = Grudges.majoritiesRing(FIVE, new SplittableRandom(7));
        FIVE.forEach(n -> assertEquals(3, heard(grudge, n).size(), n));
        assertEquals(5, FIVE.stream().map(n -> heard(grudge, n)).distinct().count());
        FIVE.forEach(a -> FIVE.forEach(b -> assertEquals(grudge.drops(a, b), grudge.drops(b, a))));
    }

    @Test
    void bridgeNodeHearsAndIsHeardByAll() {
        Grudge grudge = Grudges.bridge(FIVE, new SplittableRandom(3));
        List<String> bridges = FIVE.stream().filter(n -> heard(grudge, n).size() == 5).toList();
        assertEquals(1, bridges.size());
        String bridge = bridges.get(0);
        FIVE.forEach(n -> assertFalse(grudge.drops(n, bridge)));
        FIVE.forEach(n -> assertEquals(n.equals(bridge) ? 5 : 3, heard(grudge, n).size()));
    }

    @Test
    void oneWayCutsOneDirectionOnly() {
        Grudge grudge = Grudges.oneWay(FIVE, new SplittableRandom(5));
        String deaf = grudge.drops().firstKey();
        assertEquals(1, grudge.drops().size());
        for (String other : FIVE) {
            if (!other.equals(deaf)) {
                assertFalse(grudge.delivers(other, deaf));
                assertTrue(grudge.delivers(deaf, other));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameGrudge() {
        for (String name : Grudges.STRATEGIES.keySet()) {
            Grudge a = Grudges.STRATEGIES.get(name).apply(FIVE, new SplittableRandom(42));
            Grudge b = Grudges.STRATEGIES.get(name).apply(FIVE, new SplittableRandom(42));
            assertEquals(a, b, name);
            assertFalse(a.isEmpty(), name);
        }
    }

    @Test
    void leaderMinorityPutsTheLeaderWithOneOtherAgainstThree() {
        Grudge grudge = Grudges.leaderMinority("n4", FIVE, new SplittableRandom(2));
        List<String> side = heard(grudge, "n4");
        assertEquals(2, side.size());
        assertTrue(side.contains("n4"));
        FIVE.stream().filter(n -> !side.contains(n))
                .forEach(n -> assertEquals(3, heard(grudge, n).size()));
    }

    @Test
    void isolatingTheLeaderCutsItBothWays() {
        Grudge grudge = Grudges.LEADER_STRATEGIES.get("isolate-leader")
                .apply("n2", FIVE, new SplittableRandom(0));
        assertEquals(List.of("n2"), heard(grudge, "n2"));
        assertEquals(List.of("n1", "n3", "n4", "n5"), heard(grudge, "n1"));
    }

    /** The nodes whose packets reach {@code node}, itself included. */
    private static List<String> heard(Grudge grudge, String node) {
        return FIVE.stream().filter(from -> !grudge.drops(node, from)).toList();
    }

    @Test
    void aCutReachesWhoDropsTheMostFirst() {
        List<String> three = List.of("n1", "n2", "n3");
        assertEquals(List.of(List.of("n3"), List.of("n1", "n2")),
                Grudges.isolate("n3", three).waves(three), "the isolated node drops first");
        assertEquals(List.of(List.of("n1", "n2"), List.of("n3", "n4", "n5")),
                Grudges.halves(FIVE).waves(FIVE), "the minority first");
        assertEquals(List.of(FIVE), Grudges.majoritiesRing(FIVE, new SplittableRandom(3)).waves(FIVE),
                "every node drops as many: one wave");
        assertEquals(List.of(three), Grudge.none().waves(three), "a heal is one wave");
        assertEquals(List.of(List.of("n2"), List.of("n1", "n3")),
                Grudge.oneWay("n2", "n1").waves(three));
    }
}
