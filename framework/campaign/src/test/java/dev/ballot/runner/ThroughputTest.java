package dev.ballot.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputTest {
    private static Op op(long index, OpType type, int process, long millis) {
        return new Op(index, type, process, "read", null, 0L, millis * 1_000_000, "n1", null);
    }

    @Test
    void completionsInsideTheSpanCountAndNemesisEventsDoNot() {
        History history = History.of(List.of(
                op(0, OpType.INVOKE, 0, 500), op(1, OpType.OK, 0, 900),
                op(2, OpType.INVOKE, 0, 1000), op(3, OpType.OK, 0, 1500),
                op(4, OpType.INVOKE, Op.NEMESIS, 1600), op(5, OpType.INFO, Op.NEMESIS, 1700),
                op(6, OpType.INVOKE, 1, 1800), op(7, OpType.FAIL, 1, 2000),
                op(8, OpType.INVOKE, 0, 2500), op(9, OpType.INFO, 0, 3100)));
        Throughput throughput = Throughput.of(history, 1.0, 3.0, 1_000_000_000L, 1_500_000_000L);
        assertEquals(2, throughput.operations());
        assertEquals(1.0, throughput.perSecond());
        assertEquals(0.5, throughput.harnessCpuSeconds(), 1e-9);
        assertEquals(250_000, throughput.harnessCpuMicrosPerOperation(), 1e-6);
    }

    @Test
    void aRunThatNeverReachedItsOperationsHasNone() {
        assertNull(Throughput.of(History.of(List.of()), 1.0, null, 0, -1));
        assertEquals(-1, Throughput.of(History.of(List.of()), 1.0, 2.0, -1, 5).harnessCpuSeconds());
    }
}
