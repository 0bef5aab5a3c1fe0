package dev.ballot.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The progress line: counting, wording, and printing to a terminal or a log. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private static Op op(OpType type, int process, String f, Object value) {
        return new Op(0, type, process, f, value, null, 0, null, null);
    }

    private static Progress at(double seconds, List<String> faults) {
        return new Progress((long) (seconds * SECOND), 30 * SECOND, 412.4, 4012, 3, 12, faults);
    }

    @Test
    void theLineSaysTimeRateCountsAndTheFault() {
        assertEquals("0:12 / 0:30  412 ops/s  ok 4012  fail 3  info 12  fault: partition n1 | n2 n3",
                at(12.7, List.of("partition n1 | n2 n3")).line());
        assertEquals("0:31 / 0:30 (final heal and reads)  412 ops/s  ok 4012  fail 3  info 12  no fault",
                at(31, List.of()).line());
        assertTrue(at(5, List.of("kill n2", "partition n1 | n2 n3")).line()
                .endsWith("faults: kill n2; partition n1 | n2 n3"));
        assertEquals("1:02:05", Progress.clock(3725 * SECOND));
    }

    @Test
    void theTrackerCountsCompletionsAndTheRateSinceTheLastReport() {
        ProgressTracker tracker = new ProgressTracker(2 * SECOND, 30 * SECOND);
        tracker.observe(List.of(op(OpType.INVOKE, 0, "read", null), op(OpType.OK, 0, "read", 1),
                op(OpType.INVOKE, 1, "write", 2), op(OpType.INFO, 1, "write", 2),
                op(OpType.INVOKE, Op.NEMESIS, "kill", List.of("n2")),
                op(OpType.INFO, Op.NEMESIS, "kill", List.of("n2"))));
        Progress first = tracker.snapshot(3 * SECOND);
        assertEquals(List.of(1L, 0L, 1L), List.of(first.ok(), first.fail(), first.info()));
        assertEquals(2.0, first.opsPerSecond(), 1e-9);
        assertEquals(SECOND, first.elapsedNanos());
        assertEquals(List.of("kill n2"), first.faults());
        tracker.observe(List.of(op(OpType.INVOKE, 2, "cas", List.of(1, 2)), op(OpType.FAIL, 2, "cas", List.of(1, 2)),
                op(OpType.INVOKE, Op.NEMESIS, "restart", List.of("n2")),
                op(OpType.INFO, Op.NEMESIS, "restart", List.of("n2"))));
        Progress second = tracker.snapshot(5 * SECOND);
        assertEquals(0.5, second.opsPerSecond(), 1e-9, "one completion in two seconds");
        assertEquals(1, second.fail());
        assertEquals(List.of(), second.faults());
    }

    private static String print(boolean terminal, double... seconds) {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text), terminal,
                Duration.ofSeconds(5));
        for (double s : seconds) {
            printer.progress(at(s, s < 3 ? List.of("partition n1 | n2 n3") : List.of()));
        }
        printer.finished();
        return text.toString();
    }

    @Test
    void aTerminalGetsOneLineRewrittenInPlace() {
        String out = print(true, 1, 2, 3);
        assertEquals(3, out.chars().filter(c -> c == '\r').count());
        assertEquals(1, out.chars().filter(c -> c == '\n').count(), "ended once, at the finish");
        String last = out.substring(out.lastIndexOf('\r') + 1);
        assertTrue(last.startsWith("0:03 / 0:30") && last.contains("no fault"), last);
        assertTrue(last.endsWith(" ".repeat("partition n1 | n2 n3".length() - "no fault".length()) + "\n"),
                "spaces wipe the longer line before it");
    }

    @Test
    void aLogGetsAPlainLineEveryFewSeconds() {
        String out = print(false, 1, 2, 3, 4, 5, 6, 7, 11, 12);
        assertFalse(out.contains("\r"));
        List<String> lines = out.lines().toList();
        assertEquals(3, lines.size(), out);
        assertTrue(lines.get(0).startsWith("0:01 ") && lines.get(1).startsWith("0:06 ")
                && lines.get(2).startsWith("0:11 "), out);
    }
}
