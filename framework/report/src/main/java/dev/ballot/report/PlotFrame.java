package dev.ballot.report;

import java.util.List;

/**
 * The frame that the plots share: a fixed drawing area with margins for the axes, fault intervals
 * shaded behind the data, grid lines and tick labels on both axes, axis names and a legend of
 * outcomes. The plot draws its data into {@link #svg()} between {@link #open} and {@link #close}.
 */
final class PlotFrame {
    static final double WIDTH = 960;
    static final double HEIGHT = 300;
    static final double LEFT = 64;
    static final double RIGHT = 16;
    static final double TOP = 24;
    static final double BOTTOM = 40;
    static final List<String> OUTCOMES = List.of("ok", "fail", "info");

    private final Svg svg;

    private PlotFrame(Svg svg) {
        this.svg = svg;
    }

    /** The x scale of a plot over {@code [from, to]} seconds. */
    static Scale.Linear timeScale(double from, double to) {
        return new Scale.Linear(from, to, LEFT, WIDTH - RIGHT, 10);
    }

    /** The range of y coordinates a y scale should map its domain onto: bottom to top. */
    static double yFrom() {
        return HEIGHT - BOTTOM;
    }

    static double yTo() {
        return TOP;
    }

    /** Draws the shading, grid, ticks and names; the data goes on top. */
    static PlotFrame open(String cssClass, Scale.Linear x, Scale y, String xName, String yName,
                          List<FaultInterval> faults, Timebase timebase) {
        Svg svg = new Svg(WIDTH, HEIGHT, "plot " + cssClass, "");
        double bottom = yFrom();
        for (FaultInterval fault : faults) {
            double from = Math.max(x.map(fault.start()), LEFT);
            double to = Math.min(x.map(fault.end()), WIDTH - RIGHT);
            if (to > from) {
                svg.rect(from, TOP, to - from, bottom - TOP, "fault fault-" + fault.family(),
                        SvgTimeline.faultTitle(fault, timebase));
            }
        }
        for (double tick : x.ticks()) {
            svg.line(x.map(tick), TOP, x.map(tick), bottom, "grid");
            svg.text(x.map(tick), bottom + 14, "middle", "tick", x.label(tick));
        }
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.map(tick), WIDTH - RIGHT, y.map(tick), "grid");
            svg.text(LEFT - 6, y.map(tick) + 4, "end", "tick", y.label(tick));
        }
        svg.line(LEFT, bottom, WIDTH - RIGHT, bottom, "axis").line(LEFT, TOP, LEFT, bottom, "axis");
        svg.text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 6, "middle", "axis-name", xName);
        svg.text(LEFT, TOP - 8, "start", "axis-name", yName);
        double legend = WIDTH - RIGHT - 3 * 56;
        for (int i = 0; i < OUTCOMES.size(); i++) {
            String outcome = OUTCOMES.get(i);
            svg.rect(legend + i * 56, TOP - 17, 10, 10, "swatch " + outcome, null);
            svg.text(legend + i * 56 + 14, TOP - 8, "start", "legend", outcome);
        }
        return new PlotFrame(svg);
    }

    Svg svg() {
        return svg;
    }

    String close() {
        return svg.close();
    }
}
