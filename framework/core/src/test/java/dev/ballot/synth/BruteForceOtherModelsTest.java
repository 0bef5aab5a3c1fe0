package dev.ballot.synth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.History;
import dev.ballot.model.Model;
import dev.ballot.model.Models;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-written histories of the write-once, kv and multi-register models, and bad input. */
class BruteForceOtherModelsTest {
    private static final Model WRITE_ONCE = Models.byName("write-once", null, false);
    private static final Model KV = Models.byName("kv", null, false);
    private static final Model MULTI = Models.byName("multi-register", Map.of("x", 0L, "y", 0L), false);

    @Test
    void everyProposeReturnsTheFirstDecidedValue() {
        Events events = new Events().invoke(0, "propose", 1L).ok(0, "propose", 1L);
        assertTrue(BruteForce.isLinearizable(WRITE_ONCE,
                events.invoke(1, "propose", 2L).ok(1, "propose", 1L).history()));
        assertFalse(BruteForce.isLinearizable(WRITE_ONCE, new Events().invoke(0, "propose", 1L)
                .ok(0, "propose", 1L).invoke(1, "propose", 2L).ok(1, "propose", 2L).history()));
    }

    @Test
    void aReadSeesNothingUntilAValueIsDecided() {
        History decided = new Events().read(1, null).invoke(0, "propose", 3L).ok(0, "propose", 3L)
                .read(1, 3L).history();
        assertTrue(BruteForce.isLinearizable(WRITE_ONCE, decided));
        History readAfterDecision = new Events().invoke(0, "propose", 3L).ok(0, "propose", 3L)
                .read(1, null).history();
        assertFalse(BruteForce.isLinearizable(WRITE_ONCE, readAfterDecision));
    }

    @Test
    void kvKeysAreIndependent() {
        History otherKey = new Events().key("a").write(0, 1L).key("b").read(1, null).history();
        assertTrue(BruteForce.isLinearizable(KV, otherKey));
        History sameKey = new Events().key("a").write(0, 1L).read(1, null).history();
        assertFalse(BruteForce.isLinearizable(KV, sameKey));
    }

    @Test
    void multiRegisterTransactionsAreAtomic() {
        List<?> write = List.of(List.of("w", "x", 1L), List.of("w", "y", 1L));
        Events written = new Events().invoke(0, "txn", write).ok(0, "txn", write);
        List<?> both = List.of(List.of("r", "x", 1L), List.of("r", "y", 1L));
        assertTrue(BruteForce.isLinearizable(MULTI,
                written.invoke(1, "txn", both).ok(1, "txn", both).history()));
        List<?> torn = List.of(List.of("r", "x", 1L), List.of("r", "y", 0L));
        assertFalse(BruteForce.isLinearizable(MULTI, new Events().invoke(0, "txn", write).ok(0, "txn", write)
                .invoke(1, "txn", torn).ok(1, "txn", torn).history()));
    }

    @Test
    void aTransactionConcurrentWithAWriteMaySeeNoneOfIt() {
        List<?> write = List.of(List.of("w", "x", 1L), List.of("w", "y", 1L));
        List<?> none = List.of(List.of("r", "x", 0L), List.of("r", "y", 0L));
        assertTrue(BruteForce.isLinearizable(MULTI, new Events().invoke(0, "txn", write)
                .invoke(1, "txn", none).ok(0, "txn", write).ok(1, "txn", none).history()));
    }

    @Test
    void badInputIsRejectedNotJudged() {
        History unknownF = new Events().invoke(0, "frobnicate", 1L).ok(0, "frobnicate", 1L).history();
        assertThrows(IllegalArgumentException.class,
                () -> BruteForce.isLinearizable(Models.byName("register", null, false), unknownF));
        Events many = new Events();
        for (int i = 0; i <= BruteForce.MAX_OPERATIONS; i++) {
            many.invoke(0, "write", (long) i).ok(0, "write", (long) i);
        }
        assertThrows(IllegalArgumentException.class,
                () -> BruteForce.isLinearizable(Models.byName("register", null, false), many.history()));
    }
}
