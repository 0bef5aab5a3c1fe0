package dev.ballot.report;

import dev.ballot.history.Operation;
import dev.ballot.model.Describe;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline: a lane per process (see {@link Lanes}), each operation a bar from invocation to
 * completion coloured by outcome, fault intervals shaded across every lane and named above them,
 * the operations of a counterexample outlined. The bars are one SVG whose user units stretch with
 * its width ({@code preserveAspectRatio="none"}), so the page zooms by widening it inside a
 * scrolling box; labels and ticks are HTML placed in percent, so they stretch without distortion.
 * Ticks come in three levels of density, and the page's script shows finer ones as it zooms.
 */
final class SvgTimeline {
    /** Bars are capped to keep a page light: see {@link TimelineWindow}. */
    static final int MAX_BARS = 20_000;
    /** User units across the timeline: a tenth of a unit is a millionth of the axis. */
    static final double WIDTH = 100_000;
    static final int LANE = 14;
    static final int BAR = 10;
    private static final int[] TICKS_PER_LEVEL = {8, 40, 200};

    private SvgTimeline() {
    }

    static String html(Report report) {
        return html(report, MAX_BARS);
    }

    static String html(Report report, int cap) {
        TimelineWindow window = TimelineWindow.of(report, cap);
        Scale.Linear x = new Scale.Linear(window.from(), window.to(), 0, WIDTH, TICKS_PER_LEVEL[0]);
        int height = Math.max(1, report.lanes().count()) * LANE;
        StringBuilder html = new StringBuilder(window.operations().size() * 120 + 4096);
        if (window.capped()) {
            html.append("<p class=\"note\">Showing operations ").append(window.first() + 1)
                    .append("–").append(window.first() + window.count()).append(" of ")
                    .append(window.total()).append(" (and any of a counterexample): the timeline is capped at ")
                    .append(cap).append(" bars to keep the page light. The plots below show every operation.</p>\n");
        }
        html.append("<div class=\"tl\"").append(counterexampleRange(report, window, x)).append(">\n");
        html.append("<div class=\"tl-lanes\">\n");
        for (int lane = 0; lane < report.lanes().count(); lane++) {
            html.append("<div class=\"lane\" title=\"").append(Escape.html(report.lanes().fullLabel(lane)))
                    .append("\">").append(Escape.html(report.lanes().label(lane))).append("</div>\n");
        }
        html.append("</div>\n<div class=\"tl-scroll\"><div class=\"tl-inner\">\n");
        html.append(faultLabels(report, x));
        Svg svg = new Svg(WIDTH, height, "tl-svg",
                "preserveAspectRatio=\"none\" height=\"" + height + "\"");
        for (double tick : x.ticks()) {
            svg.line(x.map(tick), 0, x.map(tick), height, "grid");
        }
        bars(svg, report, window.operations(), x);
        for (FaultInterval fault : visible(report.faults(), x)) {
            svg.rect(x.map(fault.start()), 0, x.map(fault.end()) - x.map(fault.start()), height,
                    "fault fault-" + fault.family(), null);
        }
        html.append(svg.close()).append(axis(report.timebase(), window)).append("</div></div>\n</div>\n");
        return html.toString();
    }

    private static void bars(Svg svg, Report report, List<Operation> operations, Scale x) {
        Map<Long, Mark> marks = report.marks();
        Long failing = report.firstFailing().orElse(null);
        Timebase timebase = report.timebase();
        for (Operation op : operations) {
            Mark mark = marks.get(op.call());
            String css = "op " + op.outcome().wireName() + (mark == null ? "" : " " + mark.cssClass());
            double y = report.lanes().laneOf(op.process()) * LANE + (LANE - BAR) / 2.0;
            double begin = x.map(timebase.begin(op));
            svg.rect(begin, y, x.map(timebase.finish(op)) - begin, BAR, css, title(op, timebase, mark),
                    op.call() == (failing == null ? -1 : failing) ? "id=\"cx-op\"" : "");
        }
    }

    /** For example {@code p3 0 write 21 ok · 7.043 s → 7.051 s (8.2 ms) · n2}. */
    static String title(Operation op, Timebase timebase, Mark mark) {
        StringBuilder text = new StringBuilder(Describe.operation(op)).append(" · ")
                .append(timebase.describe(timebase.begin(op))).append(" → ");
        text.append(op.completion() == null ? "never completed" : timebase.describe(timebase.finish(op)));
        double latency = timebase.latencyMillis(op);
        if (!Double.isNaN(latency)) {
            text.append(" (").append(Numbers.millis(latency)).append(')');
        }
        String node = op.invoke().node() != null ? op.invoke().node()
                : op.completion() == null ? null : op.completion().node();
        if (node != null) {
            text.append(" · ").append(node);
        }
        if (op.completion() != null && op.completion().error() != null) {
            text.append(" · ").append(op.completion().error());
        }
        if (mark != null) {
            text.append(" · counterexample: ").append(mark.name().toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    private static List<FaultInterval> visible(List<FaultInterval> faults, Scale.Linear x) {
        return faults.stream().filter(f -> f.end() >= x.lo() && f.start() <= x.hi())
                .map(f -> new FaultInterval(Math.max(f.start(), x.lo()), Math.min(f.end(), x.hi()),
                        f.family(), f.label(), f.targets(), f.undone(), f.error()))
                .toList();
    }

    static String faultTitle(FaultInterval fault, Timebase timebase) {
        return fault.label() + " · " + timebase.describe(fault.start()) + " → "
                + (fault.undone() ? timebase.describe(fault.end()) : "not undone")
                + (fault.error() == null ? "" : " · failed: " + fault.error());
    }

    /** The names of the faults, above the lanes, on two rows so that neighbours do not collide. */
    private static String faultLabels(Report report, Scale.Linear x) {
        StringBuilder html = new StringBuilder("<div class=\"tl-faults\">\n");
        List<FaultInterval> faults = visible(report.faults(), x);
        for (int i = 0; i < faults.size(); i++) {
            FaultInterval fault = faults.get(i);
            html.append("<span class=\"fault-label row").append(i % 2).append(" fault-")
                    .append(fault.family()).append("\" style=\"left:")
                    .append(percent(x, fault.start())).append("%\" title=\"")
                    .append(Escape.html(faultTitle(fault, report.timebase()))).append("\">")
                    .append(Escape.html(fault.label())).append("</span>\n");
        }
        return html.append("</div>\n").toString();
    }

    /** Ticks at three densities; a finer level leaves out the ticks of the coarser ones. */
    private static String axis(Timebase timebase, TimelineWindow window) {
        StringBuilder html = new StringBuilder("<div class=\"tl-axis\">\n");
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (int level = 0; level < TICKS_PER_LEVEL.length; level++) {
            Scale.Linear scale = new Scale.Linear(window.from(), window.to(), 0, 100,
                    TICKS_PER_LEVEL[level]);
            for (double tick : scale.ticks()) {
                String left = Numbers.fixed(scale.map(tick), 3);
                if (placed.add(left)) {
                    html.append("<span class=\"tick l").append(level).append("\" style=\"left:")
                            .append(left).append("%\">").append(scale.label(tick))
                            .append(timebase.timed() ? " s" : "").append("</span>\n");
                }
            }
        }
        return html.append("</div>\n").toString();
    }

    /** Where the counterexample's operations lie, in fractions of the width, for the script. */
    private static String counterexampleRange(Report report, TimelineWindow window, Scale x) {
        Map<Long, Mark> marks = report.marks();
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Operation op : window.operations()) {
            Mark mark = marks.get(op.call());
            if (mark == Mark.FAILING || mark == Mark.CONCURRENT) {
                lo = Math.min(lo, x.map(report.timebase().begin(op)) / WIDTH);
                hi = Math.max(hi, x.map(report.timebase().finish(op)) / WIDTH);
            }
        }
        return lo > hi ? "" : " data-cx-from=\"" + Numbers.fixed(lo, 6) + "\" data-cx-to=\""
                + Numbers.fixed(Math.min(1, hi), 6) + "\"";
    }

    private static String percent(Scale x, double value) {
        return Numbers.fixed(x.map(value) / WIDTH * 100, 3);
    }
}
