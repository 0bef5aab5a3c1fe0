package dev.ballot.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report says about where its history came from: a campaign's store directory, or a
 * history file given to {@code ballot check}.
 *
 * @param title the page's title
 * @param verdict {@code valid}, {@code invalid}, {@code unknown} or {@code error}
 * @param reasons why, for anything but valid (may be empty)
 * @param replay the exact command that replays the run or repeats the check, or null
 * @param facts named facts for the summary, in order: workload, nemesis, seed, options...
 */
public record RunInfo(String title, String verdict, List<String> reasons, String replay,
                      Map<String, String> facts) {

    public RunInfo {
        reasons = List.copyOf(reasons);
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /**
     * A history file checked on its own ({@code ballot check}).
     *
     * @param file the history file, as the user named it
     * @param replay the command line that repeats the check
     * @param options the check's options (model, initial value...), in order
     */
    public static RunInfo ofCheck(String file, String replay, Map<String, String> options,
                                  List<CheckerVerdict> verdicts) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("file", file);
        facts.putAll(options);
        List<String> reasons = verdicts.stream().filter(v -> v.verdict().equals("unknown"))
                .map(v -> v.checker() + " could not decide: " + v.message()).toList();
        return new RunInfo("ballot check " + file, Verdicts.worst(verdicts), reasons, replay, facts);
    }

    /** The seed, if the facts name one. */
    public String seed() {
        return facts.get("seed");
    }
}
