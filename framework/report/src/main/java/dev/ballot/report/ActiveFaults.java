package dev.ballot.report;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import java.util.List;

/**
 * The faults in force at the end of a history so far, named as the report's timeline names them
 * ({@code partition n1 | n2 n3}, {@code kill, wipe n3}): for a progress line while a run goes.
 * One label per family of faults still open (network, process, clock), so overlapping faults are
 * all named. Built on {@link FaultIntervals}, so that the live line and the report agree.
 */
public final class ActiveFaults {
    private ActiveFaults() {
    }

    /**
     * @param nemesisEvents the nemesis events so far, in order (other events are ignored)
     * @return the labels of the fault intervals nothing has undone yet, by start
     */
    public static List<String> labels(List<Op> nemesisEvents) {
        History history = History.of(nemesisEvents.stream().filter(Op::isNemesis).toList());
        return FaultIntervals.of(history, Timebase.of(history)).stream()
                .filter(interval -> !interval.undone())
                .map(FaultInterval::label)
                .toList();
    }
}
