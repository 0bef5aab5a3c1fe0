package dev.ballot.report;

import dev.ballot.history.Operation;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Latency over time, Jepsen's first plot: each completed operation a point at its invocation time
 * and its latency (log scale), coloured by outcome, over the shaded fault intervals. Points that
 * fall on the same pixel are drawn once, so a long run does not grow the page beyond what can be
 * seen (the drawing area has about a quarter of a million pixels, a run may have millions of
 * operations). Each outcome is one path of small squares.
 */
final class LatencyPlot {
    private LatencyPlot() {
    }

    /** The plot, or null if the history has no times or no completed operation. */
    static String svg(Report report) {
        Timebase timebase = report.timebase();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Operation op : report.history().operations()) {
            double latency = timebase.latencyMillis(op);
            if (!Double.isNaN(latency)) {
                lo = Math.min(lo, Math.max(latency, 1e-3));
                hi = Math.max(hi, latency);
            }
        }
        if (lo == Double.MAX_VALUE) {
            return null;
        }
        Scale.Linear x = PlotFrame.timeScale(timebase.start(), timebase.end());
        Scale.Log y = new Scale.Log(lo, hi, PlotFrame.yFrom(), PlotFrame.yTo());
        PlotFrame frame = PlotFrame.open("latency", x, y, timebase.axisLabel(),
                "latency (ms, log scale)", report.faults(), timebase);
        Map<String, StringBuilder> paths = new LinkedHashMap<>();
        PlotFrame.OUTCOMES.forEach(outcome -> paths.put(outcome, new StringBuilder()));
        Set<String> drawn = new HashSet<>();
        for (Operation op : report.history().operations()) {
            double latency = timebase.latencyMillis(op);
            if (Double.isNaN(latency)) {
                continue;
            }
            long px = Math.round(x.map(timebase.begin(op)));
            long py = Math.round(y.map(Math.max(latency, 1e-3)));
            String outcome = op.outcome().wireName();
            if (drawn.add(outcome + ' ' + px + ' ' + py)) {
                // A square of 2 by 2 pixels centred on the point.
                paths.get(outcome).append('M').append(px - 1).append(' ').append(py - 1)
                        .append("h2v2h-2z");
            }
        }
        paths.forEach((outcome, d) -> {
            if (!d.isEmpty()) {
                frame.svg().path(d.toString(), "points " + outcome);
            }
        });
        return frame.close();
    }
}
