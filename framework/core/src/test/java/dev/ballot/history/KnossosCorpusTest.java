package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Knossos history reads, with the number of events its table states. */
class KnossosCorpusTest {

    static Stream<Arguments> expected() throws IOException {
        return Files.readAllLines(Corpus.knossos().resolve("EXPECTED.tsv")).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .map(row -> Arguments.of(row[0], Integer.parseInt(row[4])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void readsEveryEvent(String path, int entries) {
        List<String> warnings = new ArrayList<>();
        History history = HistoryReader.read(Corpus.knossos().resolve(path), warnings::add);

        assertEquals(entries, history.size());
        assertEquals(List.of(), warnings);
        for (int i = 0; i < history.size(); i++) {
            assertEquals(i, history.ops().get(i).index());
        }
    }

    @Test
    void everyFileOfTheCorpusReads() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Corpus.knossos().resolve("data"))) {
            files = walk.filter(p -> p.toString().endsWith(".edn")).toList();
        }
        assertTrue(files.size() >= 120, "corpus has " + files.size() + " files");
        for (Path file : files) {
            assertFalse(HistoryReader.read(file, w -> { }).ops().isEmpty(), file.toString());
        }
    }

    @Test
    void readsNemesisEventsAndErrors() {
        History history = HistoryReader.read(
                Corpus.knossos().resolve("data/mutex/bad/etcd.edn"), w -> { });
        Op first = history.ops().get(1);

        assertEquals(OpType.FAIL, first.type());
        assertEquals("release", first.f());
        assertEquals("not-held", first.error());
        assertEquals(342667129L, first.time());
        assertTrue(history.ops().stream().anyMatch(Op::isNemesis));
    }
}
