package dev.ballot.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.inprocess.Flaw;
import dev.ballot.inprocess.InProcessCluster;
import dev.ballot.nemesis.FaultKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A run leaves report.html and junit.xml beside results.json in its store directory. */
class RunReportsTest {
    @TempDir
    Path store;

    private RunResult run(String nemesis, Flaw flaw) throws Exception {
        Campaign campaign = new Campaign("register", FaultKind.parseList(nemesis), 3,
                Duration.ofMillis(1600), 4, 400, 42, null, store, false, Duration.ofMillis(800), 0,
                false, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMillis(200));
        return new Runner(campaign, new InProcessCluster(3, flaw)).run();
    }

    private static Document junit(RunResult result) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(result.directory().resolve("junit.xml").toFile());
    }

    @Test
    void anInvalidRunsReportOutlinesTheCounterexampleAndJunitXmlFailsTheChecker() throws Exception {
        RunResult result = run("none", Flaw.STALE_READS);
        assertEquals(Verdict.INVALID, result.verdict(), result.summary());
        String page = Files.readString(result.directory().resolve("report.html"));
        assertTrue(page.contains("cx-failing") && page.contains("href=\"#counterexample\""));
        assertTrue(page.contains("--seed 42"), "the replay command");
        Document doc = junit(result);
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertEquals("linearizable", ((Element) failure.getParentNode()).getAttribute("name"));
        assertTrue(failure.getAttribute("message").contains(result.directory().toString()));
    }

    @Test
    void aValidRunsReportNamesItsFaults() throws Exception {
        RunResult result = run("crash", Flaw.NONE);
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        assertTrue(Files.readString(result.directory().resolve("report.html")).contains(">kill n"));
        Document doc = junit(result);
        assertEquals("3", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("0", doc.getDocumentElement().getAttribute("failures"));
        assertEquals("0", doc.getDocumentElement().getAttribute("errors"));
    }
}
