package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private final Cli cli = new Cli();

    @Test
    void reportWritesTheStoreDirectorysReportAndJunitXml() throws Exception {
        Files.writeString(dir.resolve("history.jsonl"), HISTORY);
        Files.writeString(dir.resolve("results.json"), RESULTS);
        assertEquals(0, cli.run("report", dir.toString()), cli.err());
        String page = Files.readString(dir.resolve("report.html"));
        assertTrue(page.contains(">kill n2</span>"), "the crash is named on the timeline");
        assertTrue(page.contains("bin/ballot run --workload register --seed 5"));
        assertTrue(Files.readString(dir.resolve("junit.xml")).contains("name=\"linearizable\""));
        assertTrue(cli.out().contains("report.html"));
    }

    @Test
    void reportOfAMissingOrMalformedStoreIsBadInputNamingTheFile() throws Exception {
        assertEquals(2, cli.run("report", dir.resolve("nowhere").toString()));
        assertTrue(cli.err().contains("nowhere: not a directory"), cli.err());
        assertEquals(2, cli.run("report", dir.toString()));
        assertTrue(cli.err().contains("history.jsonl: no such file"), cli.err());
        Files.writeString(dir.resolve("history.jsonl"), HISTORY + "{\"type\": \"bogus\"}\n");
        assertEquals(2, cli.run("report", dir.toString()));
        assertTrue(cli.err().contains("history.jsonl:7"), cli.err());
        Files.writeString(dir.resolve("history.jsonl"), HISTORY);
        Files.writeString(dir.resolve("results.json"), "{not json");
        assertEquals(2, cli.run("report", dir.toString()));
        assertTrue(cli.err().contains("results.json: not valid JSON"), cli.err());
        assertFalse(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void checkDrawsTheCounterexampleOfAKnossosHistory() throws Exception {
        Path page = dir.resolve("out.html");
        assertEquals(1, cli.run("check", "--model", "cas-register", "--initial", "0", "--report",
                page.toString(), Cli.knossos("bad/rethink-fail-smaller.edn")));
        String html = Files.readString(page);
        assertTrue(html.contains("class=\"op ok cx-failing\""), "the failing operation is outlined");
        assertTrue(html.contains("href=\"#counterexample\""));
        assertTrue(html.contains("bin/ballot check --model cas-register --initial 0 "));
        assertTrue(cli.out().contains("\"report\":\"" + page + "\""));
    }

    @Test
    void checkReportsOnlyOneFileAndSaysWhereItCouldNotWrite() {
        assertEquals(2, cli.run("check", "--model", "cas-register", "--report", dir.resolve("a.html").toString(),
                Cli.knossos("bad/rethink-fail-minimal.edn"), Cli.knossos("good/memstress3-4.edn")));
        assertTrue(cli.err().contains("--report draws one history"), cli.err());
        Path nowhere = dir.resolve("missing/dir/out.html");
        assertEquals(2, cli.run("check", "--model", "cas-register", "--report", nowhere.toString(),
                Cli.knossos("good/memstress3-4.edn")));
        assertTrue(cli.err().contains("cannot write the report " + nowhere), cli.err());
    }
}
