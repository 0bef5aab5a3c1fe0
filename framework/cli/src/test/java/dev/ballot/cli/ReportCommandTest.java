package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.corpus.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ballot report STORE_DIR} and {@code ballot check --report OUT.html}. */
class ReportCommandTest {
    private static final String HISTORY = """
            {"index":0,"type":"invoke","process":0,"f":"write","value":1,"key":0,"time":1000000,"node":"n1"}
            {"index":1,"type":"invoke","process":"nemesis","f":"kill","value":["n2"],"time":2000000}
            {"index":2,"type":"info","process":"nemesis","f":"kill","value":["n2"],"time":3000000}
            {"index":3,"type":"ok","process":0,"f":"write","value":1,"key":0,"time":4000000,"node":"n1"}
            {"index":4,"type":"invoke","process":"nemesis","f":"restart","value":["n2"],"time":5000000}
            {"index":5,"type":"info","process":"nemesis","f":"restart","value":["n2"],"time":6000000}
            """;
    private static final String RESULTS = """
            {"verdict": "valid", "valid": true, "reasons": [], "seed": 5,
             "replay": "bin/ballot run --workload register --seed 5",
             "checkers": {"linearizable": {"valid": true}},
             "liveness": {"recovered": true, "recovery_s": 0.1, "bound_s": 30.0, "unrecovered_keys": []},
             "unhealthy_nodes": [], "campaign": {"workload": "register", "seed": 5}}
            """;

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
    void reportWritesTheStoreDirectorysReportAndJunitXml() throws Exception {
        Files.writeString(dir.resolve("history.jsonl"), HISTORY);
        Files.writeString(dir.resolve("results.json"), RESULTS);
        assertEquals(0, run("report", dir.toString()), err.toString());
        String page = Files.readString(dir.resolve("report.html"));
        assertTrue(page.contains(">kill n2</span>"), "the crash is named on the timeline");
        assertTrue(page.contains("bin/ballot run --workload register --seed 5"));
        assertTrue(Files.readString(dir.resolve("junit.xml")).contains("name=\"linearizable\""));
        assertTrue(out.toString().contains("report.html"));
    }

    @Test
    void reportOfAMissingOrMalformedStoreIsBadInputNamingTheFile() throws Exception {
        assertEquals(2, run("report", dir.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("nowhere: not a directory"), err.toString());
        assertEquals(2, run("report", dir.toString()));
        assertTrue(err.toString().contains("history.jsonl: no such file"), err.toString());
        Files.writeString(dir.resolve("history.jsonl"), HISTORY + "{\"type\": \"bogus\"}\n");
        assertEquals(2, run("report", dir.toString()));
        assertTrue(err.toString().contains("history.jsonl:7"), err.toString());
        Files.writeString(dir.resolve("history.jsonl"), HISTORY);
        Files.writeString(dir.resolve("results.json"), "{not json");
        assertEquals(2, run("report", dir.toString()));
        assertTrue(err.toString().contains("results.json: not valid JSON"), err.toString());
        assertFalse(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void checkDrawsTheCounterexampleOfAKnossosHistory() throws Exception {
        Path page = dir.resolve("out.html");
        assertEquals(1, run("check", "--model", "cas-register", "--initial", "0", "--report",
                page.toString(), knossos("bad/rethink-fail-smaller.edn")));
        String html = Files.readString(page);
        assertTrue(html.contains("class=\"op ok cx-failing\""), "the failing operation is outlined");
        assertTrue(html.contains("href=\"#counterexample\""));
        assertTrue(html.contains("bin/ballot check --model cas-register --initial 0 "));
        assertTrue(out.toString().contains("\"report\":\"" + page + "\""));
    }

    @Test
    void checkReportsOnlyOneFileAndSaysWhereItCouldNotWrite() {
        assertEquals(2, run("check", "--model", "cas-register", "--report", dir.resolve("a.html").toString(),
                knossos("bad/rethink-fail-minimal.edn"), knossos("good/memstress3-4.edn")));
        assertTrue(err.toString().contains("--report draws one history"), err.toString());
        Path nowhere = dir.resolve("missing/dir/out.html");
        assertEquals(2, run("check", "--model", "cas-register", "--report", nowhere.toString(),
                knossos("good/memstress3-4.edn")));
        assertTrue(err.toString().contains("cannot write the report " + nowhere), err.toString());
    }
}
