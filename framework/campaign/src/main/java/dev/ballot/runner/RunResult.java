package dev.ballot.runner;

import dev.ballot.checker.CheckResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a campaign: the verdict and why, each checker's result, liveness, and where the
 * run's files are ({@code history.jsonl}, {@code results.json}, {@code campaign.json}).
 *
 * @param recoverySeconds seconds from the final heal until every live key served again, or null if
 *     some key did not within the liveness bound
 */
public record RunResult(Verdict verdict, List<String> reasons, Map<String, CheckResult> checks,
                        Double recoverySeconds, List<Object> unrecoveredKeys, Path directory,
                        String replayCommand) {

    /** A few lines for the terminal: the verdict, the reasons, the seed's replay command. */
    public String summary() {
        StringBuilder out = new StringBuilder(verdict.wireName().toUpperCase(Locale.ROOT));
        reasons.forEach(reason -> out.append("\n  ").append(reason));
        out.append("\nliveness: ").append(recoverySeconds == null
                ? unrecoveredKeys.isEmpty() ? "not measured"
                        : "keys " + unrecoveredKeys + " did not recover"
                : "recovered " + String.format(Locale.ROOT, "%.2f", recoverySeconds)
                        + " s after the final heal");
        out.append("\nstore: ").append(directory);
        out.append("\nreplay: ").append(replayCommand);
        return out.toString();
    }
}
