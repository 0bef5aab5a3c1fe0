package dev.ballot.report;

import dev.ballot.history.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which operations the timeline draws, and the stretch of the x axis it spans. A history of up to
 * {@code cap} operations is drawn whole. A longer one would make a page of many megabytes that a
 * browser draws slowly, so the timeline then shows {@code cap} consecutive operations (by
 * invocation) around the first counterexample's failing operation, or from the start, plus every
 * operation of a counterexample; the plots still cover every operation.
 *
 * @param operations the operations to draw
 * @param from where the drawn axis begins
 * @param to where it ends
 * @param first the position (among all operations) of the first one of the consecutive stretch
 * @param count how many consecutive operations that stretch holds
 * @param total how many operations the history has
 */
record TimelineWindow(List<Operation> operations, double from, double to, int first, int count,
                      int total) {

    static TimelineWindow of(Report report, int cap) {
        List<Operation> all = report.history().operations();
        Timebase timebase = report.timebase();
        if (all.size() <= cap) {
            return new TimelineWindow(all, timebase.start(), timebase.end(), 0, all.size(), all.size());
        }
        int center = report.firstFailing().map(call -> position(all, call)).orElse(0);
        int first = Math.max(0, Math.min(center - cap / 2, all.size() - cap));
        List<Operation> drawn = new ArrayList<>(all.subList(first, first + cap));
        Set<Long> marked = report.marks().keySet();
        for (int i = 0; i < all.size(); i++) {
            if ((i < first || i >= first + cap) && marked.contains(all.get(i).call())) {
                drawn.add(all.get(i));
            }
        }
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (Operation op : drawn) {
            from = Math.min(from, timebase.begin(op));
            // An operation that never completed would stretch the axis to the history's end.
            to = Math.max(to, op.completion() == null ? timebase.begin(op) : timebase.finish(op));
        }
        return new TimelineWindow(drawn, from, Math.max(to, from + 1e-9), first, cap, all.size());
    }

    boolean capped() {
        return count < total;
    }

    /** The position of the operation invoked at event {@code call} (operations are by call). */
    private static int position(List<Operation> operations, long call) {
        int lo = 0;
        int hi = operations.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (operations.get(mid).call() < call) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
