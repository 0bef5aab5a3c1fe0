package dev.ballot.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.List;
import org.junit.jupiter.api.Test;

class LivenessTest {
    private static Op event(OpType type, int process, long key, long seconds) {
        return new Op(0, type, process, "read", null, key, seconds * 1_000_000_000L, null, null);
    }

    @Test
    void everyKeyMustServeAnOperationInvokedAfterTheHeal() {
        Liveness liveness = new Liveness(List.of(0L, 1L), 10_000_000_000L);
        liveness.observe(event(OpType.INVOKE, 0, 0, 9));
        liveness.observe(event(OpType.OK, 0, 0, 11));
        assertEquals(List.of(0L, 1L), liveness.unrecovered(), "invoked before the heal: no proof");
        liveness.observe(event(OpType.INVOKE, 1, 0, 12));
        liveness.observe(event(OpType.INVOKE, 2, 1, 12));
        liveness.observe(event(OpType.FAIL, 2, 1, 13));
        liveness.observe(event(OpType.OK, 1, 0, 13));
        assertFalse(liveness.recovered());
        assertNull(liveness.recoverySeconds());
        liveness.observe(event(OpType.INVOKE, 2, 1, 14));
        liveness.observe(event(OpType.OK, 2, 1, 15));
        assertTrue(liveness.recovered());
        assertEquals(5.0, liveness.recoverySeconds());
    }
}
