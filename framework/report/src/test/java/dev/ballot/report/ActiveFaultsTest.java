package dev.ballot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The faults in force so far, as a progress line names them. */
class ActiveFaultsTest {
    private static final Map<String, List<String>> HALVES = Map.of("n1", List.of("n2", "n3"),
            "n2", List.of("n1"), "n3", List.of("n1"));

    private static List<String> active(Events events) {
        return ActiveFaults.labels(events.history().ops());
    }

    @Test
    void noFaultYetIsNothing() {
        assertEquals(List.of(), active(new Events().invoke(0, "read", null, 1).ok(0, "read", 1, 2)));
    }

    @Test
    void aPartitionIsActiveUntilTheHealCompleted() {
        Events events = new Events().fault("partition", HALVES, 1000, 1100);
        assertEquals(List.of("partition n1 | n2 n3"), active(events));
        events.add(OpType.INVOKE, Op.NEMESIS, "heal", null, 5000, null);
        assertEquals(List.of("partition n1 | n2 n3"), active(events), "the heal is not done yet");
        events.add(OpType.INFO, Op.NEMESIS, "heal", null, 5100, null);
        assertEquals(List.of(), active(events));
    }

    @Test
    void overlappingFaultsOfTwoFamiliesAreBothNamedAndClientEventsIgnored() {
        Events events = new Events()
                .fault("primaries", List.of("n2"), 500)
                .fault("kill", List.of("n2"), 1000)
                .invoke(0, "write", 3, 1200)
                .fault("partition", HALVES, 2000)
                .ok(0, "write", 3, 2100);
        assertEquals(List.of("kill n2", "partition n1 | n2 n3"), active(events));
        events.fault("restart", List.of("n2"), 3000);
        assertEquals(List.of("partition n1 | n2 n3"), active(events));
    }
}
