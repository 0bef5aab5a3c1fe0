package dev.ballot.runner;

import java.util.List;
import java.util.Locale;

/**
 * Where a run stands, for a progress line: time since the operations began against the time
 * limit, throughput, completed operations by outcome, and the faults in force.
 *
 * @param elapsedNanos time since the operations began
 * @param timeLimitNanos the campaign's time limit; after it come the final heal, the quiet period
 *     and the final reads
 * @param opsPerSecond operations completed per second since the previous report
 * @param ok operations completed ok so far
 * @param fail operations that certainly did not happen
 * @param info operations whose outcome is unknown
 * @param faults the faults in force, named as the report's timeline names them
 *     ({@code partition n1 | n2 n3}, {@code kill n2}); empty if none
 */
public record Progress(long elapsedNanos, long timeLimitNanos, double opsPerSecond, long ok,
                       long fail, long info, List<String> faults) {

    public Progress {
        faults = List.copyOf(faults);
    }

    /**
     * One line for people, e.g.
     * {@code 0:12 / 0:30  412 ops/s  ok 4012  fail 3  info 12  fault: partition n1 | n2 n3}.
     */
    public String line() {
        String phase = elapsedNanos > timeLimitNanos ? " (final heal and reads)" : "";
        String fault = faults.isEmpty() ? "no fault" : (faults.size() == 1 ? "fault: " : "faults: ")
                + String.join("; ", faults);
        return String.format(Locale.ROOT, "%s / %s%s  %.0f ops/s  ok %d  fail %d  info %d  %s",
                clock(elapsedNanos), clock(timeLimitNanos), phase, opsPerSecond, ok, fail, info,
                fault);
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String clock(long nanos) {
        long seconds = Math.max(0, nanos) / 1_000_000_000L;
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
