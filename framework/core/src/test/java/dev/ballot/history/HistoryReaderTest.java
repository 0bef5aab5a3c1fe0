package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The format comes from the extension, else from the first meaningful character. */
class HistoryReaderTest {
    static final List<Op> EXPECTED = List.of(Op.of(0, OpType.INVOKE, 0, "write", 1L),
            Op.of(1, OpType.OK, 0, "write", 1L));
    static final String JSON = "{\"type\":\"invoke\",\"process\":0,\"f\":\"write\",\"value\":1}\n"
            + "{\"type\":\"ok\",\"process\":0,\"f\":\"write\",\"value\":1}\n";
    static final String EDN = "{:type :invoke, :process 0, :f :write, :value 1}\n"
            + "{:type :ok, :process 0, :f :write, :value 1}\n";

    @TempDir
    Path dir;

    static History read(String name, String text) {
        return HistoryReader.read(name,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), w -> { });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h.jsonl", "h.ndjson", "h.json", "history", "h.txt"})
    void jsonLines(String name) {
        assertEquals(EXPECTED, read(name, JSON).ops());
        assertEquals(EXPECTED, read(name, "\n  \n" + JSON).ops());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h.edn", "h.EDN", "history", "h.txt"})
    void edn(String name) {
        assertEquals(EXPECTED, read(name, EDN).ops());
        assertEquals(EXPECTED, read(name, "; Jepsen history\n" + EDN).ops());
        assertEquals(EXPECTED, read(name, "[" + EDN + "]").ops());
        assertEquals(EXPECTED, read(name, "\n(" + EDN + ")").ops());
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        assertEquals(EXPECTED, read("history", "\uFEFF" + JSON).ops());
        assertEquals(EXPECTED, read("history", "\uFEFF" + EDN).ops());
    }

    @Test
    void anEmptyFileIsAnEmptyHistory() {
        assertEquals(0, read("history", "").size());
        assertEquals(0, read("h.edn", "").size());
        assertEquals(0, read("h.jsonl", "\n\n").size());
    }

    @Test
    void readsFilesAndNamesThemInErrors() throws IOException {
        Path good = Files.writeString(dir.resolve("good.jsonl"), JSON);
        Path bad = Files.writeString(dir.resolve("bad.edn"), "[");

        assertEquals(EXPECTED, HistoryReader.read(good, w -> { }).ops());
        HistoryFormatException e = assertThrows(HistoryFormatException.class,
                () -> HistoryReader.read(bad, w -> { }));
        assertEquals(bad.toString(), e.file());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        Path missing = dir.resolve("missing.jsonl");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> HistoryReader.read(missing, w -> { }));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }
}
