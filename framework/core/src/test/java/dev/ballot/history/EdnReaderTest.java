package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The EDN subset of Jepsen and Knossos histories, and how op maps become events. */
class EdnReaderTest {

    static Object value(String edn) {
        return new EdnParser("test.edn", new EdnInput(new StringReader(edn))).read();
    }

    static History history(String edn) {
        return EdnReader.read("test.edn", new StringReader(edn), w -> { });
    }

    @Test
    void scalars() {
        assertEquals("read", value(":read"));
        assertEquals("jepsen/nemesis", value(":jepsen/nemesis"));
        assertEquals("foo", value("foo"));
        assertNull(value("nil"));
        assertEquals(true, value("true"));
        assertEquals(false, value("false"));
        assertEquals(-42L, value("-42"));
        assertEquals(7L, value("+7"));
        assertEquals(5L, value("5N"));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                value("123456789012345678901234567890N"));
        assertEquals(Long.MAX_VALUE, value("9223372036854775807"));
        assertEquals(1.5, value("1.5"));
        assertEquals(-2.5e3, value("-2.5e3"));
        assertEquals(0.25, value("0.25M"));
        assertEquals(0.5, value("1/2"));
        assertEquals(Double.POSITIVE_INFINITY, value("##Inf"));
    }

    @Test
    void stringsAndCharacters() {
        assertEquals("a\"b\\c\nd\te\u00e9", value("\"a\\\"b\\\\c\\nd\\te\\u00e9\""));
        assertEquals("line\nbreak", value("\"line\nbreak\""));
        assertEquals("a", value("\\a"));
        assertEquals("\n", value("\\newline"));
        assertEquals(" ", value("\\space"));
        assertEquals("(", value("\\("));
        assertEquals("A", value("\\u0041"));
    }

    @Test
    void collections() {
        assertEquals(List.of(1L, 2L, List.of("x")), value("[1, 2 (:x)]"));
        assertEquals(Map.of("a", 1L, "b", List.of(2L, 3L)), value("{:a 1 :b [2 3]}"));
        assertEquals(List.of("n1", "n2"), value("#{:n1 :n2}"));
        assertEquals(Arrays.asList(null, 1L), value("[nil 1]"));
        assertEquals(Map.of(), value("{}"));
    }

    @Test
    void commentsDiscardsAndTags() {
        assertEquals(List.of(1L, 3L), value("[1 ; a comment ]\n #_ 2 #_[4 5] 3]"));
        assertEquals("2024-01-01T00:00:00Z", value("#inst \"2024-01-01T00:00:00Z\""));
        assertEquals("8f8e2a9c-0000-4000-8000-000000000000",
                value("#uuid \"8f8e2a9c-0000-4000-8000-000000000000\""));
    }

    @Test
    void vectorListAndBareStreamReadTheSame() {
        String a = "{:type :invoke, :f :write, :value 1, :process 0}";
        String b = "{:type :ok, :f :write, :value 1, :process 0}";
        History vector = history("; comment\n[" + a + "\n " + b + "]\n");
        History list = history("(" + a + " " + b + ")");
        History stream = history(a + "\n" + b + "\n");
        History oneLine = history(a + b);

        assertEquals(2, vector.size());
        assertEquals(vector, list);
        assertEquals(vector, stream);
        assertEquals(vector, oneLine);
        assertEquals(1, vector.operations().size());
    }

    @Test
    void mapsEveryOpField() {
        History history = history("""
                [{:type :invoke, :f :cas, :value [1 2], :process 3, :time 10, :index 99,
                  :key :x, :node "n1"}
                 {:type :info, :f :cas, :value [1 2], :process 3, :time 20,
                  :error [:timeout "no reply"]}
                 {:type :info, :f :start, :value nil, :process :nemesis}]
                """);
        Op invoke = history.ops().get(0);
        Op info = history.ops().get(1);

        assertEquals(new Op(0, OpType.INVOKE, 3, "cas", List.of(1L, 2L), "x", 10, "n1", null),
                invoke);
        assertEquals("[\"timeout\" \"no reply\"]", info.error()); // keywords are strings
        assertEquals(Op.NEMESIS, history.ops().get(2).process());
    }

    @Test
    void keywordErrorsAreTheirName() {
        History history = history("{:type :invoke :f :acquire :process 1}"
                + "{:type :fail :f :acquire :process 1 :error :already-held}");
        assertEquals("already-held", history.ops().get(1).error());
    }

    @Test
    void emptyInputIsAnEmptyHistory() {
        assertEquals(0, history("").size());
        assertEquals(0, history(" ; nothing\n[]").size());
    }

    @Test
    void contentAfterTheVectorIsAnError() {
        HistoryFormatException e = assertThrows(HistoryFormatException.class,
                () -> history("[]\n{:type :invoke}"));
        assertEquals(2, e.line());
    }

    @Test
    void warnsAboutNothingOnAWellFormedFile() {
        List<String> warnings = new ArrayList<>();
        EdnReader.read("x.edn", new StringReader("[]"), warnings::add);
        assertEquals(List.of(), warnings);
    }
}
