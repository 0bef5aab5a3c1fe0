package dev.ballot.soak;

import dev.ballot.runner.Verdict;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a soak found: every run in order, and why it stopped.
 *
 * @param seed the soak's seed, which replays its sequence of campaigns
 * @param stopped why no further run started: the duration ended, a run was invalid, or the
 *     harness failed too often in a row
 */
public record SoakResult(long seed, List<SoakRun> runs, String stopped) {
    public SoakResult {
        runs = List.copyOf(runs);
    }

    /**
     * 1 if a run was invalid, else 2 if one was an error, else 3 if one was unknown, else 0: a
     * violation beats a broken run, which beats a run that could not show anything.
     */
    public int exitCode() {
        Map<Verdict, Long> counts = counts();
        for (Verdict verdict : List.of(Verdict.INVALID, Verdict.ERROR, Verdict.UNKNOWN)) {
            if (counts.get(verdict) > 0) {
                return verdict.exitCode();
            }
        }
        return Verdict.VALID.exitCode();
    }

    /** How many runs ended with each verdict. */
    public Map<Verdict, Long> counts() {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, runs.stream().filter(run -> run.verdict() == verdict).count());
        }
        return counts;
    }

    /**
     * Lines for the terminal: the counts, why the soak stopped, and every run that was not
     * valid with its store directory and the command that replays it.
     */
    public String summary() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "soak: %d runs, %s; %s (soak seed %d)", runs.size(), String.join(", ",
                        counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().wireName())
                                .toList()), stopped, seed));
        for (SoakRun run : runs) {
            if (run.verdict() != Verdict.VALID) {
                out.append("\n").append(run.verdict().wireName().toUpperCase(Locale.ROOT))
                        .append(" run ").append(run.name());
                run.reasons().forEach(reason -> out.append("\n  ").append(reason));
                out.append("\n  store: ").append(run.store());
                out.append("\n  replay: ").append(run.campaign().replayCommand());
            }
        }
        return out.toString();
    }
}
