package dev.ballot.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.corpus.Corpus;
import dev.ballot.corpus.CorpusEntry;
import dev.ballot.history.History;
import dev.ballot.history.HistoryReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every history of the regression corpus gets its expected verdict, one test per file. */
class CorpusVerdictTest {

    static Stream<CorpusEntry> corpus() {
        List<CorpusEntry> entries = new ArrayList<>();
        for (String folder : List.of("knossos", "etcd")) {
            if (Files.isDirectory(Corpus.root().resolve(folder))) {
                entries.addAll(Corpus.load(Corpus.root().resolve(folder)));
            }
        }
        return entries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void getsItsExpectedVerdict(CorpusEntry entry) {
        History history = HistoryReader.read(entry.file(), warning -> { });
        CheckResult result = LinearizabilityChecker.of(entry.newModel(), Budget.of(60, 512L << 20))
                .check(history);
        assertEquals(entry.expectedValid(), result.verdict(), () -> entry.file() + ": " + result);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void searchAloneAgrees(CorpusEntry entry) {
        History history = HistoryReader.read(entry.file(), warning -> { });
        CheckResult result = LinearizabilityChecker.searchOnly(entry.newModel(),
                Budget.of(60, 512L << 20)).check(history);
        assertEquals(entry.expectedValid(), result.verdict(), () -> entry.file() + ": " + result);
    }
}
