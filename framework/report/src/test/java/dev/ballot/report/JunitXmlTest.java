package dev.ballot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** junit.xml parses, and shows each checker, liveness and the run as test cases. */
class JunitXmlTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testCase(Document doc, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element test = (Element) cases.item(i);
            if (test.getAttribute("name").equals(name)) {
                return test;
            }
        }
        throw new AssertionError("no test case " + name);
    }

    /** The suite's counts of test cases with a failure, an error or a skip. */
    private static void assertCounts(Document doc, int failures, int errors, int skipped) {
        Element suite = doc.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("3", suite.getAttribute("tests"), "a checker, liveness and the run");
        assertEquals(List.of(failures, errors, skipped), List.of("failures", "errors", "skipped").stream()
                .map(count -> Integer.parseInt(suite.getAttribute(count))).toList());
    }

    @Test
    void anInvalidRunFailsItsCheckerWithTheMessageAndTheStoreDirectory() throws Exception {
        JsonNode results = JSON.readTree(StoreFixture.INVALID_RESULTS);
        Document doc = parse(JunitXml.render(results, "store/register/20260101T000000.000Z"));
        assertEquals("ballot.register", doc.getDocumentElement().getAttribute("name"));
        assertCounts(doc, 1, 0, 0);
        Element failure = (Element) testCase(doc, "linearizable").getElementsByTagName("failure").item(0);
        assertTrue(failure.getAttribute("message").contains("saw a value never written"));
        assertTrue(failure.getAttribute("message").contains("store/register/20260101T000000.000Z"));
        assertTrue(failure.getTextContent().contains("cannot linearize: p1 0 read -> 2 ok"));
        assertTrue(failure.getTextContent().contains("replay: bin/ballot run --workload register"));
        assertEquals(0, testCase(doc, "liveness").getChildNodes().getLength());
        assertEquals(0, testCase(doc, "run").getChildNodes().getLength());
    }

    @Test
    void aValidRunHasNoFailure() throws Exception {
        JsonNode results = JSON.readTree(StoreFixture.INVALID_RESULTS
                .replace("\"valid\": false, \"counterexample\"", "\"valid\": true, \"ignored\"")
                .replace("\"verdict\": \"invalid\"", "\"verdict\": \"valid\""));
        assertCounts(parse(JunitXml.render(results, "s")), 0, 0, 0);
    }

    @Test
    void anUnknownRunErrsAndAnUnrecoveredClusterFailsLiveness() throws Exception {
        String json = """
                {"verdict": "unknown", "reasons": ["linearizable could not decide: time limit", "no cas ever succeeded"],
                 "seed": 7, "replay": "bin/ballot run --seed 7",
                 "checkers": {"linearizable": {"valid": "unknown", "reason": "time limit"}},
                 "liveness": {"recovered": false, "recovery_s": null, "bound_s": 30.0, "unrecovered_keys": [0, 1]},
                 "unhealthy_nodes": [], "campaign": {"workload": "agreement"}}
                """;
        Document doc = parse(JunitXml.render(JSON.readTree(json), "dir\u0001<&>"));
        assertEquals("ballot.agreement", doc.getDocumentElement().getAttribute("name"));
        assertCounts(doc, 1, 1, 1);
        Element liveness = (Element) testCase(doc, "liveness").getElementsByTagName("failure").item(0);
        assertTrue(liveness.getAttribute("message").contains("keys [0,1] did not serve within 30.0 s"));
        Element run = (Element) testCase(doc, "run").getElementsByTagName("error").item(0);
        assertTrue(run.getAttribute("message").contains("no cas ever succeeded"));
        assertTrue(run.getTextContent().contains("store: dir\uFFFD<&>"), "escaped, and legal XML");
    }

    @Test
    void aSummaryOfRunsHasATestCasePerRunFailingTheInvalidAndErringTheUnknown() throws Exception {
        String xml = JunitXml.renderRuns("ballot.soak", Map.of("seed", "9"), List.of(
                new JunitXml.RunCase("1 register partition seed 5", "valid", List.of(), "(deleted)",
                        "bin/ballot run --seed 5", 31.5),
                new JunitXml.RunCase("2 agreement crash seed 6", "unknown", List.of("no fault was applied"),
                        "store/agreement/b", "bin/ballot run --seed 6", 12),
                new JunitXml.RunCase("3 register pause seed 7", "invalid", List.of("linearizable: stale read"),
                        "store/register/c", "bin/ballot run --seed 7", 30)));
        Document doc = parse(xml);
        Element suite = doc.getDocumentElement();
        assertEquals("ballot.soak", suite.getAttribute("name"));
        assertEquals(List.of("3", "1", "1", "0", "73.5"), List.of("tests", "failures", "errors", "skipped", "time")
                .stream().map(suite::getAttribute).toList());
        assertEquals(0, testCase(doc, "1 register partition seed 5").getChildNodes().getLength());
        assertEquals("31.5", testCase(doc, "1 register partition seed 5").getAttribute("time"));
        Element error = (Element) testCase(doc, "2 agreement crash seed 6").getElementsByTagName("error").item(0);
        assertEquals("unknown: no fault was applied", error.getAttribute("message"));
        Element failure = (Element) testCase(doc, "3 register pause seed 7").getElementsByTagName("failure").item(0);
        assertEquals("invalid", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("store: store/register/c\nreplay: bin/ballot run --seed 7"));
    }
}
