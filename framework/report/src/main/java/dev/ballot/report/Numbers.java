package dev.ballot.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Short renderings of numbers: SVG coordinates, tick labels, durations. */
final class Numbers {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private Numbers() {
    }

    /** At most {@code decimals} decimals, without trailing zeros: 12, 12.5, 0.25. */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        if (decimals <= 6 && Math.abs(value) < 1e12) {
            // Integer arithmetic: a report formats hundreds of thousands of numbers.
            long scale = POWERS[decimals];
            long scaled = Math.round(Math.abs(value) * scale);
            StringBuilder text = new StringBuilder(value < 0 && scaled != 0 ? "-" : "")
                    .append(scaled / scale);
            long fraction = scaled % scale;
            if (fraction != 0) {
                String digits = Long.toString(fraction + scale);
                int end = digits.length();
                while (digits.charAt(end - 1) == '0') {
                    end--;
                }
                text.append('.').append(digits, 1, end);
            }
            return text.toString();
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        String text = rounded.scale() < 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** A coordinate: one decimal is a tenth of a pixel (or of a unit), enough for a drawing. */
    static String coord(double value) {
        return fixed(value, 1);
    }

    /** A duration in milliseconds, with precision that suits its size: 0.042 ms, 3.1 ms, 250 ms. */
    static String millis(double ms) {
        if (ms >= 100) {
            return fixed(ms, 0) + " ms";
        }
        return (ms >= 1 ? fixed(ms, 1) : fixed(ms, 3)) + " ms";
    }

    /** A tick label: as many decimals as the step between ticks needs. */
    static String tick(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return fixed(value, Math.min(decimals, 9));
    }
}
