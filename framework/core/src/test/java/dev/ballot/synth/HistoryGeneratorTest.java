package dev.ballot.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.history.Operation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator's own promises: determinism, well-formed histories, Jepsen's conventions. */
class HistoryGeneratorTest {
    private static final SynthOptions BUSY = SynthOptions.defaults().with(o -> {
        o.operations = 5_000;
        o.processes = 16;
        o.info = 0.05;
        o.fail = 0.05;
        o.seed = 7;
    });

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertEquals(HistoryGenerator.generate(BUSY), HistoryGenerator.generate(BUSY));
        assertNotEquals(HistoryGenerator.generate(BUSY).history(),
                HistoryGenerator.generate(BUSY.with(o -> o.seed = 8)).history());
    }

    @Test
    void everyOperationIsInvokedAndCompletedByItsProcess() {
        History history = HistoryGenerator.generate(BUSY).history();
        assertEquals(BUSY.operations(), history.operations().size());
        assertEquals(2 * BUSY.operations(), history.size());
        // Pairing the events again by process, as a reader would, finds the same operations.
        assertEquals(history.operations(), History.of(history.ops()).operations());
    }

    @Test
    void aProcessThatGotInfoNeverReappears() {
        Set<Integer> retired = new HashSet<>();
        int infos = 0;
        for (Op op : HistoryGenerator.generate(BUSY).history().ops()) {
            assertTrue(!retired.contains(op.process()), "process " + op.process() + " came back");
            if (op.type() == OpType.INFO) {
                retired.add(op.process());
                infos++;
            }
        }
        assertTrue(infos > 100, "expected about 5% info, got " + infos);
    }

    @Test
    void kvOperationsCarryKeysAndValuesStayInTheirRange() {
        SynthOptions kv = BUSY.with(o -> {
            o.workload = Workload.KV;
            o.keys = 3;
            o.valueRange = 4;
        });
        for (Operation op : HistoryGenerator.generate(kv).history().operations()) {
            assertTrue(List.of(0L, 1L, 2L).contains(op.key()), "key " + op.key());
            Object value = op.f().equals("cas") ? ((List<?>) op.input()).get(1) : op.output();
            assertTrue(value == null || (Long) value >= 0 && (Long) value < 4, "value " + value);
        }
    }

    @Test
    void theRegisterWorkloadHasNoCas() {
        SynthOptions register = BUSY.with(o -> {
            o.workload = Workload.REGISTER;
            o.mix = Mix.readWrite(1, 1);
        });
        assertTrue(HistoryGenerator.generate(register).history().operations().stream()
                .noneMatch(op -> op.f().equals("cas")));
        assertThrows(IllegalArgumentException.class, () -> register.with(o -> o.mix = Mix.DEFAULT));
    }

    @Test
    void plantingChangesOnlyTheValueOfOneRead() {
        for (Anomaly anomaly : List.of(Anomaly.STALE_READ, Anomaly.PHANTOM_READ)) {
            SynthHistory clean = HistoryGenerator.generate(BUSY);
            SynthHistory planted = HistoryGenerator.generate(BUSY.with(o -> o.anomaly = anomaly));
            assertEquals(anomaly, planted.anomaly());
            assertTrue(planted.planted().isOk() && planted.planted().f().equals("read"));
            List<Op> before = clean.history().ops();
            List<Op> after = planted.history().ops();
            int changed = 0;
            for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).equals(after.get(i))) {
                    assertEquals(planted.planted().ret(), i);
                    changed++;
                }
            }
            assertEquals(1, changed);
        }
    }

    @Test
    void aStaleReadNeedsUniqueValues() {
        assertThrows(IllegalArgumentException.class, () -> BUSY.with(o -> {
            o.valueRange = 5;
            o.anomaly = Anomaly.STALE_READ;
        }));
    }

    @Test
    void aMillionOperationsFitInMemoryAndTime() {
        SynthOptions big = SynthOptions.defaults().with(o -> {
            o.workload = Workload.KV;
            o.keys = 64;
            o.operations = 1_000_000;
            o.processes = 32;
            o.info = 0.01;
            o.anomaly = Anomaly.STALE_READ;
        });
        SynthHistory history = HistoryGenerator.generate(big);
        assertEquals(2_000_000, history.history().size());
        assertEquals(Anomaly.STALE_READ, history.anomaly());
    }
}
