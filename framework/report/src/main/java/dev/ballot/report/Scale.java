package dev.ballot.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps data values to drawing coordinates, and picks the ticks of an axis: linear, with ticks at
 * 1, 2 or 5 times a power of ten, or logarithmic, with a tick at each power of ten.
 */
public sealed interface Scale {

    /** The coordinate of {@code value}. */
    double map(double value);

    /** Values at which to draw ticks, within the domain, ascending. */
    List<Double> ticks();

    /** A tick's label. */
    String label(double tick);

    /**
     * @param lo the domain's low end, drawn at {@code from}
     * @param hi the domain's high end, drawn at {@code to} (above {@code lo})
     * @param count about how many ticks to draw
     */
    record Linear(double lo, double hi, double from, double to, int count) implements Scale {
        public Linear {
            if (!(hi > lo)) {
                hi = lo + 1;
            }
        }

        public double map(double value) {
            return from + (value - lo) / (hi - lo) * (to - from);
        }

        public List<Double> ticks() {
            double step = step();
            List<Double> ticks = new ArrayList<>();
            for (long i = (long) Math.ceil(lo / step - 1e-9); i * step <= hi + step * 1e-9; i++) {
                ticks.add(i * step);
            }
            return ticks;
        }

        public String label(double tick) {
            return Numbers.tick(tick, step());
        }

        /** The step between ticks: 1, 2 or 5 times a power of ten. */
        public double step() {
            return niceStep((hi - lo) / Math.max(1, count));
        }
    }

    /** A logarithmic scale; the domain is widened to whole powers of ten. */
    record Log(double lo, double hi, double from, double to) implements Scale {
        public Log {
            lo = Math.pow(10, Math.floor(Math.log10(lo > 0 ? lo : 1e-3)));
            hi = Math.pow(10, Math.ceil(Math.log10(Math.max(hi, lo * 10))));
            if (hi <= lo) {
                hi = lo * 10;
            }
        }

        public double map(double value) {
            double clamped = Math.max(value, lo);
            return from + (Math.log10(clamped) - Math.log10(lo))
                    / (Math.log10(hi) - Math.log10(lo)) * (to - from);
        }

        public List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (long e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) {
                ticks.add(Math.pow(10, e));
            }
            return ticks;
        }

        public String label(double tick) {
            return Numbers.tick(tick, tick);
        }
    }

    /** The nice step (1, 2 or 5 times a power of ten) at or above {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual <= 1 + 1e-9 ? 1 : residual <= 2 + 1e-9 ? 2 : residual <= 5 + 1e-9 ? 5 : 10;
        return nice * magnitude;
    }
}
