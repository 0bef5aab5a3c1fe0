package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed history is an error naming the file, the line, the column and the problem. */
class BadInputTest {
    static final String INVOKE =
            "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\",\"value\":null}\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("invalid JSON", "h.jsonl",
                        INVOKE + "{\"type\":\"ok\",,\"process\":0}\n" + INVOKE,
                        2, 14, "invalid JSON"),
                bad("JSON that is not an object", "h.jsonl", INVOKE + "[1, 2]\n",
                        2, 1, "expected a JSON object"),
                bad("two objects on one line", "h.jsonl", INVOKE.strip() + " " + INVOKE,
                        1, 55, "more than one JSON value on the line"),
                bad("an event split over two lines", "h.jsonl",
                        "{\"type\":\"invoke\",\"process\":0,\n\"f\":\"read\"}\n",
                        2, 11, "an event must be on one line; this one starts on line 1"),
                bad("unclosed EDN vector", "h.edn", "[{:type :invoke, :f :read, :process 0}\n",
                        2, 1, "'[' opened at line 1 column 1 is never closed"),
                bad("bad EDN token", "h.edn", "[{:type :invoke, :f :read, :process @0}\n]\n",
                        1, 37, "unexpected '@0'"),
                bad("unclosed EDN string", "h.edn", "{:type :invoke, :f \"read, :process 0}\n",
                        2, 1, "in the string that starts at line 1 column 20"),
                bad("EDN form that is not an op map", "h.edn",
                        "[{:type :invoke :f :read :process 0}\n 42]", 2, 2, "expected an op map"),
                bad("completion without invocation", "h.jsonl",
                        INVOKE + INVOKE.replace("invoke", "ok").replace(":0", ":1"),
                        2, 1, "process 1 completes read (ok) without an open invocation"),
                bad("two open invocations on one process", "h.edn",
                        "{:type :invoke :f :read :process 0}\n"
                                + " {:type :invoke :f :write :value 1 :process 0}\n",
                        2, 2, "process 0 invokes write while its read (event 0) is still open"),
                bad("unknown JSON type", "h.jsonl", INVOKE.replace("invoke", "started"),
                        1, 9, "unknown type started"),
                bad("unknown EDN type", "h.edn", "[{:type :done :f :read :process 0}]",
                        1, 2, "unknown type done"),
                bad("missing JSON field", "h.jsonl", INVOKE + "{\"type\":\"ok\",\"f\":\"read\"}\n",
                        2, 24, "missing field \"process\""),
                bad("missing EDN field", "h.edn", "{:type :invoke :process 0}",
                        1, 1, "missing field \"f\""),
                bad("process of the wrong type", "h.jsonl",
                        INVOKE.replace("\"process\":0", "\"process\":\"p0\""),
                        1, 28, "\"process\" must be a non-negative integer or \"nemesis\""),
                bad("f of the wrong type", "h.jsonl", INVOKE.replace("\"f\":\"read\"", "\"f\":7"),
                        1, 34, "field \"f\" must be a string"));
    }

    static Arguments bad(String what, String file, String text, long line, long column,
            String problem) {
        return Arguments.of(what, file, text, line, column, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesFileLineColumnAndProblem(String what, String file, String text, long line,
            long column, String problem) {
        HistoryFormatException e = assertThrows(HistoryFormatException.class,
                () -> HistoryReader.read(file,
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), w -> { }));

        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ":" + column + ": "),
                e.getMessage());
    }
}
