package dev.ballot.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorTest {
    private static final List<String> NODES = List.of("n1", "n2", "n3");

    /** Draws a phase's operations, the simulated clock jumping to each one's due time. */
    private static List<Scheduled> draw(String workload, long seed, double rate, long endNanos) {
        Generator generator = new Generator(
                Workload.create(workload, NODES, new SplittableRandom(seed)), rate,
                new SplittableRandom(seed + 1));
        List<Scheduled> out = new ArrayList<>();
        long now = 0;
        for (Scheduled next; (next = generator.next(now, endNanos)) != null; now = next.dueNanos()) {
            out.add(next);
        }
        return out;
    }

    @Test
    void aSeedReplaysTheSameOperationsAndTimes() {
        for (String workload : List.of("register", "agreement")) {
            assertEquals(draw(workload, 5, 1000, 1_000_000_000L), draw(workload, 5, 1000, 1_000_000_000L));
            assertNotEquals(draw(workload, 5, 1000, 1_000_000_000L), draw(workload, 6, 1000, 1_000_000_000L));
        }
    }

    @Test
    void theRateLimitHoldsOnAverage() {
        int count = draw("register", 1, 500, 10_000_000_000L).size();
        assertTrue(count > 4_500 && count < 5_500, "about 500/s for 10 s, got " + count);
    }

    @Test
    void nothingIsDueAfterThePhaseEnds() {
        Generator generator = new Generator(Workload.create("register", NODES,
                new SplittableRandom(1)), 10, new SplittableRandom(2));
        assertNull(generator.next(100, 100));
        assertEquals(0, generator.next(0, 100).dueNanos(), "the first operation is due at once");
    }

    @Test
    void registerValuesAreUniquePerKeyAndEveryKindOccurs() {
        Map<Object, Set<Object>> written = new HashMap<>();
        Set<String> fs = new HashSet<>();
        Workload workload = Workload.create("register", NODES, new SplittableRandom(3));
        for (int i = 0; i < 10_000; i++) {
            Invocation op = workload.next();
            fs.add(op.f());
            Object fresh = op.f().equals("cas") ? ((List<?>) op.value()).get(1) : op.value();
            if (!op.f().equals("read")) {
                assertTrue(written.computeIfAbsent(op.key(), k -> new HashSet<>()).add(fresh), op.toString());
            }
        }
        assertEquals(Set.copyOf(workload.fs()), fs);
        assertEquals(RegisterWorkload.KEYS, written.size());
        assertEquals(RegisterWorkload.KEYS * NODES.size(), workload.finalReads(NODES).size());
    }

    @Test
    void agreementProposesDistinctValuesToRandomNodesOverManyInstances() {
        Workload workload = Workload.create("agreement", NODES, new SplittableRandom(4));
        Set<Object> values = new HashSet<>();
        Map<Object, Integer> proposesPerInstance = new HashMap<>();
        Set<String> targets = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            Invocation op = workload.next();
            targets.add(op.node());
            if (op.f().equals("propose")) {
                assertTrue(values.add(op.value()), "distinct values");
                proposesPerInstance.merge(op.key(), 1, Integer::sum);
            }
        }
        assertEquals(Set.copyOf(NODES), targets);
        assertTrue(proposesPerInstance.size() > 40, "many instances");
        proposesPerInstance.values().forEach(n -> assertTrue(n <= AgreementWorkload.PROPOSES));
        List<Invocation> reads = workload.finalReads(NODES);
        assertTrue(reads.size() >= proposesPerInstance.size() * NODES.size());
        assertTrue(reads.stream().allMatch(r -> r.f().equals("read") && r.node() != null));
    }
}
