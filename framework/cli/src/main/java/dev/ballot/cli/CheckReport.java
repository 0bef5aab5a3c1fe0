package dev.ballot.cli;

import dev.ballot.checker.CheckResult;
import dev.ballot.history.History;
import dev.ballot.report.HtmlPage;
import dev.ballot.report.Report;
import dev.ballot.report.RunInfo;
import dev.ballot.report.Verdicts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of {@code ballot check --report OUT.html}: the history drawn with the checker's
 * verdicts, and the command line that repeats the check in place of a campaign's replay command.
 */
final class CheckReport {
    private CheckReport() {
    }

    static void write(Path out, Path file, History history, Map<String, CheckResult> results,
                      CheckCommand options) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("model", options.model);
        facts.put("initial", options.initial == null ? "null" : options.initial);
        facts.put("nil reads match any", Boolean.toString(options.nilReadsMatchAny));
        RunInfo run = RunInfo.ofCheck(file.toString(), command(file, options), facts,
                Verdicts.of(results));
        Files.writeString(out, HtmlPage.render(Report.of(history, run, Verdicts.of(results))),
                StandardCharsets.UTF_8);
    }

    private static String command(Path file, CheckCommand options) {
        List<String> words = new ArrayList<>(List.of("bin/ballot", "check", "--model", options.model));
        if (options.initial != null) {
            words.addAll(List.of("--initial", shellWord(options.initial)));
        }
        if (options.nilReadsMatchAny) {
            words.add("--nil-reads-match-any");
        }
        if (options.timeLimit > 0) {
            words.addAll(List.of("--time-limit", Double.toString(options.timeLimit)));
        }
        if (options.memoryLimit != CheckCommand.DEFAULT_MEMORY_MB) {
            words.addAll(List.of("--memory-limit", Long.toString(options.memoryLimit)));
        }
        words.add(shellWord(file.toString()));
        return String.join(" ", words);
    }

    /** A word as a POSIX shell reads it back: quoted only if it needs to be. */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=,+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
