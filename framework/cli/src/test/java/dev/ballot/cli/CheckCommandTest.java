package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.corpus.Corpus;
import dev.ballot.history.JsonLinesWriter;
import dev.ballot.synth.HistoryGenerator;
import dev.ballot.synth.SynthOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ballot check} end to end: exit codes, the JSON on stdout, errors on stderr. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new Ballot());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        return line.execute(args);
    }

    private static String knossos(String path) {
        return Corpus.root().resolve("knossos/data/cas-register/" + path).toString();
    }

    @Test
    void aLinearizableHistoryExitsZero() throws Exception {
        int code = run("check", "--model", "cas-register", "--initial", "0",
                "--nil-reads-match-any", knossos("good/memstress3-4.edn"));
        JsonNode result = JSON.readTree(out.toString());
        assertEquals(0, code, err.toString());
        assertTrue(result.get("valid").asBoolean());
        assertEquals("cas-register", result.get("model").asText());
        assertEquals(300, result.get("ops").asInt());
    }

    @Test
    void aViolationExitsOneWithACounterexample() throws Exception {
        int code = run("check", "--model", "cas-register", "--initial", "0",
                knossos("bad/rethink-fail-minimal.edn"));
        JsonNode result = JSON.readTree(out.toString());
        assertEquals(1, code);
        assertFalse(result.get("valid").asBoolean());
        JsonNode example = result.at("/results/linearizable/counterexample");
        assertEquals("read", example.at("/op/f").asText());
        assertEquals(3, example.at("/op/result").asInt());
        assertTrue(err.toString().contains("cannot linearize: p1 read -> 3 ok"), err.toString());
    }

    @Test
    void malformedInputNamesFileAndLineAndExitsTwo() throws Exception {
        Path file = dir.resolve("broken.jsonl");
        Files.writeString(file, "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\",\"value\":null}\n"
                + "{\"type\":\"ok\",\"process\":0,\"f\":\"read\",\"value\":1}\n"
                + "{\"type\":\"okay\",\"process\":0,\"f\":\"read\",\"value\":1}\n");
        int code = run("check", "--model", "register", file.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains(file + ":3"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void aCutOffLastLineIsDroppedWithAWarning() throws Exception {
        Path file = dir.resolve("killed.jsonl");
        Files.writeString(file, "{\"type\":\"invoke\",\"process\":0,\"f\":\"write\",\"value\":1}\n"
                + "{\"type\":\"ok\",\"process\":0,\"f\":\"write\",\"value\":1}\n"
                + "{\"type\":\"invoke\",\"process\":0,\"f\":\"re");
        int code = run("check", "--model", "register", file.toString());
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("warning"), err.toString());
    }

    @Test
    void anUnknownModelIsBadInput() {
        assertEquals(2, run("check", "--model", "queue", knossos("good/memstress3-4.edn")));
        assertTrue(err.toString().contains("unknown model"), err.toString());
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
        int code = run("check", "--model", "cas-register", "--memory-limit", "0", file.toString());
        JsonNode result = JSON.readTree(out.toString());
        assertEquals(3, code, out.toString());
        assertEquals("unknown", result.get("valid").asText());
        assertTrue(result.get("reason").asText().contains("memory"), out.toString());
    }

    @Test
    void severalFilesGiveOneObjectEachAndTheWorstExitCode() throws Exception {
        int code = run("check", "--model", "cas-register", "--initial", "0", "--nil-reads-match-any",
                knossos("good/memstress3-4.edn"), knossos("bad/bad-analysis.edn"));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(JSON.readTree(lines[0]).get("valid").asBoolean());
        assertFalse(JSON.readTree(lines[1]).get("valid").asBoolean());
        assertEquals(1, code);
    }
}
