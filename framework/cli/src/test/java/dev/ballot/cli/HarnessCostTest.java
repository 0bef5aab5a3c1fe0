package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessCostTest {
    private final List<Op> ops = new ArrayList<>();

    private void event(OpType type, int process, long time) {
        ops.add(new Op(ops.size(), type, process, "read", null, null, time, "n1", null));
    }

    @Test
    void callsAndGapsAreMeasuredPerProcessInsideTheWindow() {
        event(OpType.INVOKE, 0, 10);    // before the window: neither counted nor a gap's start
        event(OpType.OK, 0, 20);
        event(OpType.INVOKE, 0, 100);
        event(OpType.INVOKE, 1, 105);
        event(OpType.OK, 0, 110);       // call 10
        event(OpType.INVOKE, 0, 113);   // gap 3
        event(OpType.OK, 0, 119);       // call 6
        event(OpType.OK, 1, 125);       // call 20
        event(OpType.INVOKE, 1, 130);   // gap 5
        event(OpType.FAIL, 1, 138);     // call 8
        event(OpType.INVOKE, 0, 300);   // after the window
        event(OpType.OK, 0, 301);
        HarnessCost cost = HarnessCost.of(History.of(ops), 100, 200);
        assertEquals(4, cost.operations());
        assertEquals(100e-9, cost.seconds(), 1e-15);
        assertEquals((10 + 20 + 6 + 8) / 4.0, cost.meanCallNanos());
        assertEquals((3 + 5) / 2.0, cost.meanGapNanos());
        assertEquals(11 + 4, cost.cycleNanos());
        assertEquals(4e7, cost.perSecond(), 1);
    }

    @Test
    void anOperationThatNeverCompletedEndsItsProcessChain() {
        event(OpType.INVOKE, 0, 0);
        event(OpType.OK, 0, 4);
        event(OpType.INVOKE, 1, 5);
        event(OpType.INVOKE, 0, 6);
        HarnessCost cost = HarnessCost.of(History.of(ops), 0, 10);
        assertEquals(1, cost.operations());
        assertEquals(4, cost.meanCallNanos());
        assertEquals(0, cost.meanGapNanos(), "the open invocation is not a completed operation");
    }
}
