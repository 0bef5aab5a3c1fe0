package dev.ballot.synth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.model.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written histories of the register and cas-register models, with their verdicts. */
class BruteForceRegisterTest {

    private static boolean register(Events events) {
        return BruteForce.isLinearizable(Models.byName("register", null, false), events.history());
    }

    private static boolean casRegister(Events events) {
        return BruteForce.isLinearizable(Models.byName("cas-register", null, false), events.history());
    }

    @Test
    void aReadAfterAWriteSeesIt() {
        assertTrue(register(new Events().write(0, 1L).read(1, 1L)));
        assertFalse(register(new Events().write(0, 1L).read(1, null)));
    }

    @Test
    void aReadConcurrentWithAWriteMaySeeEitherValue() {
        for (Object seen : new Object[] {null, 1L}) {
            assertTrue(register(new Events().invoke(0, "write", 1L).invoke(1, "read", null)
                    .ok(1, "read", seen).ok(0, "write", 1L)));
        }
    }

    @Test
    void anUnknownWriteMayTakeEffectLaterButNotUnhappen() {
        Events events = new Events().invoke(0, "write", 1L).info(0, "write", 1L).read(1, null).read(1, 1L);
        assertTrue(register(events));
        assertFalse(register(events.read(1, null)));
    }

    @Test
    void aWriteWithoutCompletionMayTakeEffect() {
        assertTrue(register(new Events().invoke(0, "write", 2L).read(1, 2L)));
    }

    @Test
    void aFailedWriteNeverHappened() {
        assertFalse(register(new Events().invoke(0, "write", 1L).fail(0, "write", 1L).read(1, 1L)));
    }

    @Test
    void casMovesTheRegisterOnlyFromItsExpectedValue() {
        List<Long> oneToTwo = List.of(1L, 2L);
        assertTrue(casRegister(new Events().write(0, 1L)
                .invoke(0, "cas", oneToTwo).ok(0, "cas", oneToTwo).read(1, 2L)));
        List<Long> zeroToTwo = List.of(0L, 2L);
        assertFalse(casRegister(new Events().write(0, 1L)
                .invoke(0, "cas", zeroToTwo).ok(0, "cas", zeroToTwo)));
    }

    @Test
    void aFailedCasConstrainsNothing() {
        List<Long> oneToTwo = List.of(1L, 2L);
        assertTrue(casRegister(new Events().write(0, 1L)
                .invoke(0, "cas", oneToTwo).fail(0, "cas", oneToTwo).read(1, 1L)));
    }

    @Test
    void anUnknownCasTakesEffectOnlyWhereItsExpectedValueHolds() {
        List<Long> oneToTwo = List.of(1L, 2L);
        assertTrue(casRegister(new Events().write(0, 1L)
                .invoke(0, "cas", oneToTwo).info(0, "cas", oneToTwo).read(1, 1L).read(1, 2L)));
        assertFalse(casRegister(new Events().write(0, 3L)
                .invoke(0, "cas", oneToTwo).info(0, "cas", oneToTwo).read(1, 2L)));
    }

    @Test
    void twoReadsCannotDisagreeWithTheOrderOfTheWrites() {
        Events writes = new Events().invoke(0, "write", 1L).invoke(1, "write", 2L)
                .ok(0, "write", 1L).ok(1, "write", 2L);
        assertTrue(casRegister(writes.read(2, 2L)));
        assertFalse(casRegister(writes.read(2, 1L)));
    }
}
