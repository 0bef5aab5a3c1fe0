package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A killed writer's cut-off last line is dropped with a warning; other damage is an error. */
class CutOffLineTest {
    static final String INVOKE =
            "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\",\"value\":null}\n";
    static final String OK = "{\"type\":\"ok\",\"process\":0,\"f\":\"read\",\"value\":3}\n";

    final List<String> warnings = new ArrayList<>();

    History read(String name, String text) {
        return HistoryReader.read(name,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), warnings::add);
    }

    @Test
    void jsonLastLineCutOffIsDropped() {
        History history = read("h.jsonl", INVOKE + OK + "{\"type\":\"invoke\",\"proc");

        assertEquals(2, history.size());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("h.jsonl:3: dropped the last line"), warnings.get(0));
    }

    @Test
    void jsonLastLineCutOffInsideAMultiByteCharacterIsDropped() {
        byte[] whole = (INVOKE + "{\"type\":\"ok\",\"process\":0,\"f\":\"read\",\"value\":\"é")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);

        History history = HistoryReader.read("h.jsonl", new ByteArrayInputStream(cut),
                warnings::add);

        assertEquals(1, history.size());
        assertEquals(1, warnings.size());
    }

    @Test
    void aCompleteLastLineWithoutNewlineIsKept() {
        assertEquals(2, read("h.jsonl", INVOKE + OK.strip()).size());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aBrokenLastLineWithItsNewlineIsAnError() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class,
                () -> read("h.jsonl", INVOKE + "{\"type\":\"ok\",\"proc\n"));
        assertEquals(2, e.line());
        HistoryFormatException unclosed = assertThrows(HistoryFormatException.class,
                () -> read("h.jsonl", INVOKE + "{\"type\":\"ok\",\"process\":0\n"));
        assertEquals(2, unclosed.line());
        assertTrue(unclosed.problem().contains("cut off"), unclosed.getMessage());
    }

    @Test
    void aBrokenMiddleLineIsAnError() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class,
                () -> read("h.jsonl", INVOKE + "{\"type\":\"ok\",\"proc\n" + OK.strip()));
        assertEquals(2, e.line());
        assertEquals(List.of(), warnings);
    }

    @Test
    void aCutOffLineThatParsesButIsWrongIsStillAnError() {
        assertThrows(HistoryFormatException.class,
                () -> read("h.jsonl", INVOKE + "{\"type\":\"ok\",\"f\":\"read\"}"));
    }

    @ParameterizedTest(name = "opening \"{0}\"")
    @ValueSource(strings = {"", "["})
    void ednLastMapCutOffIsDropped(String opening) {
        History history = read("h.edn", opening + "{:type :invoke :f :read :process 0}\n"
                + " {:type :ok :f :read :process 0 :value 3}\n {:type :invoke :f :wr");

        assertEquals(2, history.size());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("h.edn:3: dropped"), warnings.get(0));
    }

    @Test
    void ednBrokenMiddleIsAnError() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class,
                () -> read("h.edn", "{:type :invoke :f :read :process 0}\n"
                        + "{:type :ok :f :read :process 0 :value @}\n"
                        + "{:type :invoke :f :read :process 1}"));
        assertEquals(2, e.line());
        assertEquals(List.of(), warnings);
    }
}
