package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes, the reader reads back equal, in the documented layout. */
class JsonLinesRoundTripTest {
    @TempDir
    Path dir;

    static History sample() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("a", 1L);
        map.put("b", Arrays.asList(null, "s"));
        return History.of(List.of(
                new Op(0, OpType.INVOKE, 0, "write", 3L, null, 100, "n1", null),
                new Op(1, OpType.INVOKE, 1, "cas", List.of(3L, 4L), "k1", 110, null, null),
                new Op(2, OpType.INFO, Op.NEMESIS, "partition", map, null, 120, null, null),
                new Op(3, OpType.OK, 0, "write", 3L, null, 130, "n1", null),
                new Op(4, OpType.INFO, 1, "cas", List.of(3L, 4L), "k1", 140, null, "timeout"),
                new Op(5, OpType.INVOKE, 2, "read", null, null, Op.NO_TIME, null, null),
                new Op(6, OpType.OK, 2, "read", new BigInteger("99999999999999999999"), null,
                        Op.NO_TIME, null, null),
                new Op(7, OpType.INVOKE, 3, "write", 2.5, null, 150, null, null),
                new Op(8, OpType.FAIL, 3, "write", true, null, 160, null, "rejected \"x\"")));
    }

    @Test
    void writeThenReadIsEqual() throws IOException {
        Path file = dir.resolve("history.jsonl");
        History history = sample();

        JsonLinesWriter.write(file, history);

        assertEquals(history, HistoryReader.read(file, w -> { }));
    }

    @Test
    void writesTheDocumentedFieldOrder() throws IOException {
        Path file = dir.resolve("history.jsonl");
        JsonLinesWriter.write(file, sample());
        List<String> lines = Files.readAllLines(file);

        assertEquals(9, lines.size());
        assertEquals("{\"index\":0,\"type\":\"invoke\",\"process\":0,\"f\":\"write\",\"value\":3,"
                + "\"time\":100,\"node\":\"n1\"}", lines.get(0));
        assertEquals("{\"index\":2,\"type\":\"info\",\"process\":\"nemesis\",\"f\":\"partition\","
                + "\"value\":{\"a\":1,\"b\":[null,\"s\"]},\"time\":120}", lines.get(2));
        assertEquals("{\"index\":4,\"type\":\"info\",\"process\":1,\"f\":\"cas\",\"value\":[3,4],"
                + "\"key\":\"k1\",\"time\":140,\"error\":\"timeout\"}", lines.get(4));
        assertEquals("{\"index\":5,\"type\":\"invoke\",\"process\":2,\"f\":\"read\","
                + "\"value\":null}", lines.get(5));
    }

    @Test
    void indexAndTimeAreOptionalAndBlankLinesSkipped() {
        String text = "\n{\"type\":\"invoke\",\"process\":0,\"f\":\"read\",\"value\":null}\r\n"
                + "   \n"
                + "{\"f\":\"read\",\"value\":5,\"type\":\"ok\",\"process\":0,\"extra\":{}}";
        History history = JsonLinesReader.read("h.jsonl",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), w -> { });

        assertEquals(List.of(Op.of(0, OpType.INVOKE, 0, "read", null),
                Op.of(1, OpType.OK, 0, "read", 5L)), history.ops());
    }
}
