package dev.ballot.report;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report shows, worked out from a history and what is known of its run; the page
 * ({@link HtmlPage}) only draws it.
 *
 * @param run where the history came from, its verdict and replay command
 * @param verdicts each checker's verdict
 * @param history the history
 * @param timebase where events fall on the x axis
 * @param lanes the timeline's lanes
 * @param faults the fault intervals, by start
 * @param counts operations by outcome and by {@code f}
 * @param nodes the nodes clients talked to, sorted
 */
public record Report(RunInfo run, List<CheckerVerdict> verdicts, History history,
                     Timebase timebase, Lanes lanes, List<FaultInterval> faults, OpCounts counts,
                     List<String> nodes) {

    public Report {
        verdicts = List.copyOf(verdicts);
        faults = List.copyOf(faults);
        nodes = List.copyOf(nodes);
    }

    public static Report of(History history, RunInfo run, List<CheckerVerdict> verdicts) {
        Timebase timebase = Timebase.of(history);
        List<String> nodes = history.ops().stream().map(Op::node).filter(Objects::nonNull)
                .distinct().sorted().toList();
        return new Report(run, verdicts, history, timebase, Lanes.of(history),
                FaultIntervals.of(history, timebase), OpCounts.of(history), nodes);
    }

    /** The operations of every counterexample, by invocation index, with their roles. */
    public Map<Long, Mark> marks() {
        Map<Long, Mark> marks = new LinkedHashMap<>();
        evidence().forEach(evidence -> evidence.marks().forEach((call, mark) ->
                marks.merge(call, mark, (a, b) -> a.compareTo(b) <= 0 ? a : b)));
        return marks;
    }

    /** The counterexamples of the invalid verdicts, in checker order. */
    public List<Evidence> evidence() {
        return verdicts.stream().map(CheckerVerdict::evidence).filter(Objects::nonNull).toList();
    }

    /** The first counterexample's failing operation, the one the page jumps to. */
    public Optional<Long> firstFailing() {
        return evidence().stream().map(Evidence::failing).filter(Objects::nonNull).findFirst();
    }
}
