package dev.ballot.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A run's {@code junit.xml}, so that CI systems show each checker as a test case: one
 * {@code testsuite} for the run; a {@code testcase} per checker (a {@code failure} for invalid,
 * {@code skipped} for a checker that could not decide), one for liveness (a {@code failure} if
 * some key did not serve again within the bound after the final heal, {@code skipped} if it was
 * not measured) and one named {@code run}, an {@code error} when the run itself could not show
 * anything or a fault could not be applied (verdict unknown or error). Every failure names the
 * store directory and the replay command. Built with the JDK's DOM, which escapes for us.
 */
public final class JunitXml {
    private JunitXml() {
    }

    /** @param results {@code results.json}; @param store the run's store directory */
    public static String render(JsonNode results, String store) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            String workload = results.path("campaign").path("workload").asText("campaign");
            String className = "ballot." + workload;
            String where = "store: " + store + "\nreplay: " + results.path("replay").asText("");
            Element suite = doc.createElement("testsuite");
            doc.appendChild(suite);
            suite.setAttribute("name", className);
            suite.setAttribute("time", results.path("phases_s").path("final_reads_end").asText("0"));
            Element properties = child(suite, "properties");
            for (String name : List.of("verdict", "seed", "replay")) {
                property(properties, name, results.path(name).asText(""));
            }
            property(properties, "store", store);
            List<Element> cases = new ArrayList<>();
            results.path("checkers").properties().forEach(entry -> {
                Element test = testCase(suite, className, entry.getKey());
                cases.add(test);
                JsonNode valid = entry.getValue().path("valid");
                if (valid.isBoolean() && !valid.booleanValue()) {
                    JsonNode example = entry.getValue().path("counterexample");
                    outcome(test, "failure", "invalid", example.path("explanation").asText() + " (" + store + ")",
                            example.path("text").asText() + "\n\n" + where);
                } else if (!valid.isBoolean()) {
                    outcome(test, "skipped", null, "could not decide: "
                            + entry.getValue().path("reason").asText(), null);
                }
            });
            cases.add(liveness(suite, className, results, where));
            cases.add(run(suite, className, results, where));
            suite.setAttribute("tests", Integer.toString(cases.size()));
            for (String kind : List.of("failures", "errors", "skipped")) {
                String element = kind.equals("failures") ? "failure" : kind.equals("errors") ? "error" : "skipped";
                suite.setAttribute(kind, Long.toString(cases.stream()
                        .filter(c -> c.getElementsByTagName(element).getLength() > 0).count()));
            }
            return serialize(doc);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed: " + e, e);
        }
    }

    private static Element liveness(Element suite, String className, JsonNode results, String where) {
        Element test = testCase(suite, className, "liveness");
        String text = StoreRunInfo.liveness(results);
        JsonNode liveness = results.path("liveness");
        if (text.equals("not measured")) {
            outcome(test, "skipped", null, "not measured: the cluster was not healthy before the faults", null);
        } else if (!liveness.path("recovered").asBoolean()) {
            outcome(test, "failure", "liveness", text + " (" + results.path("replay").asText() + ")", where);
        } else {
            test.setAttribute("time", liveness.path("recovery_s").asText("0"));
        }
        return test;
    }

    private static Element run(Element suite, String className, JsonNode results, String where) {
        Element test = testCase(suite, className, "run");
        String verdict = results.path("verdict").asText("unknown");
        if (verdict.equals("unknown") || verdict.equals("error")) {
            List<String> reasons = new ArrayList<>();
            results.path("reasons").forEach(reason -> reasons.add(reason.asText()));
            outcome(test, "error", verdict, verdict + ": " + String.join("; ", reasons),
                    String.join("\n", reasons) + "\n\n" + where);
        }
        return test;
    }

    private static Element testCase(Element suite, String className, String name) {
        Element test = child(suite, "testcase");
        test.setAttribute("classname", className);
        test.setAttribute("name", name);
        test.setAttribute("time", "0");
        return test;
    }

    private static void outcome(Element test, String element, String type, String message, String text) {
        Element outcome = child(test, element);
        outcome.setAttribute("message", legal(message));
        if (type != null) {
            outcome.setAttribute("type", type);
        }
        if (text != null) {
            outcome.setTextContent(legal(text));
        }
    }

    private static void property(Element properties, String name, String value) {
        Element property = child(properties, "property");
        property.setAttribute("name", name);
        property.setAttribute("value", legal(value));
    }

    /**
     * The text with the characters XML 1.0 cannot carry at all (most control characters, which a
     * system under test may well answer) replaced by U+FFFD; the serializer escapes the rest.
     */
    static String legal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000 ? c : 0xFFFD));
        return out.toString();
    }

    private static Element child(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElement(name);
        parent.appendChild(child);
        return child;
    }

    private static String serialize(Document doc) throws TransformerException {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString();
    }
}
