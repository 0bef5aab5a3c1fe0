package dev.ballot.report;

import dev.ballot.history.Operation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Throughput over time: operations completed per second in buckets of a round width (about a
 * hundred buckets over the run), one step line per outcome, over the shaded fault intervals. An
 * operation that never completed is not counted: it has no time of completion.
 */
final class ThroughputPlot {
    private static final int BUCKETS = 100;

    private ThroughputPlot() {
    }

    /** The plot, or null if the history has no times. */
    static String svg(Report report) {
        Timebase timebase = report.timebase();
        if (!timebase.timed()) {
            return null;
        }
        double width = Scale.niceStep((timebase.end() - timebase.start()) / BUCKETS);
        double origin = Math.floor(timebase.start() / width) * width;
        int buckets = Math.max(1, (int) Math.ceil((timebase.end() - origin) / width));
        Map<String, long[]> counts = new LinkedHashMap<>();
        PlotFrame.OUTCOMES.forEach(outcome -> counts.put(outcome, new long[buckets]));
        long most = 0;
        for (Operation op : report.history().operations()) {
            if (op.completion() != null) {
                long[] bucket = counts.get(op.outcome().wireName());
                int i = (int) Math.floor((timebase.finish(op) - origin) / width);
                most = Math.max(most, ++bucket[Math.min(buckets - 1, Math.max(0, i))]);
            }
        }
        Scale.Linear x = PlotFrame.timeScale(timebase.start(), timebase.end());
        Scale.Linear y = new Scale.Linear(0, Math.max(1, most / width) * 1.05, PlotFrame.yFrom(),
                PlotFrame.yTo(), 5);
        PlotFrame frame = PlotFrame.open("throughput", x, y, timebase.axisLabel(),
                "completed operations per second (" + Numbers.fixed(width, 3) + " s buckets)",
                report.faults(), timebase);
        counts.forEach((outcome, bucket) -> {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < buckets; i++) {
                double left = x.map(Math.max(origin + i * width, timebase.start()));
                double right = x.map(Math.min(origin + (i + 1) * width, timebase.end()));
                double level = y.map(bucket[i] / width);
                d.append(i == 0 ? 'M' : 'L').append(Numbers.coord(left)).append(' ')
                        .append(Numbers.coord(level)).append('H').append(Numbers.coord(right));
            }
            frame.svg().path(d.toString(), "rate " + outcome);
        });
        return frame.close();
    }
}
