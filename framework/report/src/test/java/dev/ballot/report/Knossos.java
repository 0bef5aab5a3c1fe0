package dev.ballot.report;

import dev.ballot.checker.Budget;
import dev.ballot.checker.CheckResult;
import dev.ballot.checker.LinearizabilityChecker;
import dev.ballot.corpus.Corpus;
import dev.ballot.corpus.CorpusEntry;
import dev.ballot.history.History;
import dev.ballot.history.HistoryReader;
import java.util.List;
import java.util.Map;

/** Reports of Knossos' histories, checked as {@code ballot check --report} would. */
final class Knossos {
    private Knossos() {
    }

    /** @param path relative to {@code histories/knossos}, e.g. {@code data/cas-register/...} */
    static Report report(String path) {
        CorpusEntry entry = Corpus.load(Corpus.root().resolve("knossos")).stream()
                .filter(e -> e.file().endsWith(path)).findFirst().orElseThrow();
        History history = HistoryReader.read(entry.file(), warning -> { });
        CheckResult result = LinearizabilityChecker.of(entry.newModel(), Budget.standard()).check(history);
        List<CheckerVerdict> verdicts = Verdicts.of(Map.of(LinearizabilityChecker.NAME, result));
        RunInfo run = RunInfo.ofCheck(entry.file().toString(), "bin/ballot check " + path,
                Map.of("model", entry.model()), verdicts);
        return Report.of(history, run, verdicts);
    }
}
