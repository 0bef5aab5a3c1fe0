package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.history.JsonLinesWriter;
import dev.ballot.synth.HistoryGenerator;
import dev.ballot.synth.SynthOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ballot check} end to end: exit codes, the JSON on stdout, errors on stderr. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    @Test
    void aLinearizableHistoryExitsZero() throws Exception {
        int code = cli.run("check", "--model", "cas-register", "--initial", "0",
                "--nil-reads-match-any", Cli.knossos("good/memstress3-4.edn"));
        JsonNode result = JSON.readTree(cli.out());
        assertEquals(0, code, cli.err());
        assertTrue(result.get("valid").asBoolean());
        assertEquals("cas-register", result.get("model").asText());
        assertEquals(300, result.get("ops").asInt());
    }

    @Test
    void aViolationExitsOneWithACounterexample() throws Exception {
        int code = cli.run("check", "--model", "cas-register", "--initial", "0",
                Cli.knossos("bad/rethink-fail-minimal.edn"));
        JsonNode result = JSON.readTree(cli.out());
        assertEquals(1, code);
        assertFalse(result.get("valid").asBoolean());
        JsonNode example = result.at("/results/linearizable/counterexample");
        assertEquals("read", example.at("/op/f").asText());
        assertEquals(3, example.at("/op/result").asInt());
        assertTrue(cli.err().contains("cannot linearize: p1 read -> 3 ok"), cli.err());
    }

    @Test
    void malformedInputNamesFileAndLineAndExitsTwo() throws Exception {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\",\"value\":null}\n"
                + "{\"type\":\"ok\",\"process\":0,\"f\":\"read\",\"value\":1}\n"
                + "{\"type\":\"okay\",\"process\":0,\"f\":\"read\",\"value\":1}\n");
        int code = cli.run("check", "--model", "register", file.toString());
        assertEquals(2, code);
        assertTrue(cli.err().contains(file + ":3"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void aCutOffLastLineIsDroppedWithAWarning() throws Exception {
        Path file = dir.resolve("killed.jsonl");
        Files.writeString(file, "{\"type\":\"invoke\",\"process\":0,\"f\":\"write\",\"value\":1}\n"
                + "{\"type\":\"ok\",\"process\":0,\"f\":\"write\",\"value\":1}\n"
                + "{\"type\":\"invoke\",\"process\":0,\"f\":\"re");
        int code = cli.run("check", "--model", "register", file.toString());
        assertEquals(0, code, cli.err());
        assertTrue(cli.err().contains("warning"), cli.err());
    }

    @Test
    void anUnknownModelIsBadInput() {
        assertEquals(2, cli.run("check", "--model", "queue", Cli.knossos("good/memstress3-4.edn")));
        assertTrue(cli.err().contains("unknown model"), cli.err());
    }

    @Test
    void anExhaustedBudgetIsUnknownAndExitsThree() throws Exception {
        Path file = dir.resolve("hard.jsonl");
        JsonLinesWriter.write(file, HistoryGenerator.generate(SynthOptions.defaults().with(o -> {
            o.operations = 20_000;
            o.processes = 10;
            o.info = 0.05;
            o.valueRange = 5;
            o.seed = 5;
        })).history());
        int code = cli.run("check", "--model", "cas-register", "--memory-limit", "0", file.toString());
        JsonNode result = JSON.readTree(cli.out());
        assertEquals(3, code, cli.out());
        assertEquals("unknown", result.get("valid").asText());
        assertTrue(result.get("reason").asText().contains("memory"), cli.out());
    }

    @Test
    void severalFilesGiveOneObjectEachAndTheWorstExitCode() throws Exception {
        int code = cli.run("check", "--model", "cas-register", "--initial", "0", "--nil-reads-match-any",
                Cli.knossos("good/memstress3-4.edn"), Cli.knossos("bad/bad-analysis.edn"));
        String[] lines = cli.out().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(JSON.readTree(lines[0]).get("valid").asBoolean());
        assertFalse(JSON.readTree(lines[1]).get("valid").asBoolean());
        assertEquals(1, code);
    }
}
