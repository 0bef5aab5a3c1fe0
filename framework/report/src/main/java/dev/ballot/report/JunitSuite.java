package dev.ballot.report;

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
 * One JUnit XML {@code testsuite} as it is built: properties, then test cases, each passing or
 * with a {@code failure}, an {@code error} or {@code skipped}; the counts are worked out when it
 * is rendered. Built with the JDK's DOM, which escapes for us; {@link #legal} replaces what XML
 * cannot carry at all.
 */
final class JunitSuite {
    private final Document doc;
    private final Element suite;
    private final Element properties;
    private final String className;
    private final List<Element> cases = new ArrayList<>();

    /** @param name the suite's name, also the class name of its test cases */
    JunitSuite(String name) {
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support failed: " + e, e);
        }
        suite = doc.createElement("testsuite");
        doc.appendChild(suite);
        suite.setAttribute("name", name);
        suite.setAttribute("time", "0");
        properties = child(suite, "properties");
        className = name;
    }

    void time(String seconds) {
        suite.setAttribute("time", seconds);
    }

    void property(String name, String value) {
        Element property = child(properties, "property");
        property.setAttribute("name", name);
        property.setAttribute("value", legal(value));
    }

    /** A new passing test case, taking {@code seconds}. */
    Element testCase(String name, String seconds) {
        Element test = child(suite, "testcase");
        test.setAttribute("classname", className);
        test.setAttribute("name", name);
        test.setAttribute("time", seconds);
        cases.add(test);
        return test;
    }

    /**
     * Marks a test case as not passing.
     *
     * @param element {@code failure}, {@code error} or {@code skipped}
     * @param type the kind of failure, or null
     * @param text the details, or null
     */
    static void outcome(Element test, String element, String type, String message, String text) {
        Element outcome = child(test, element);
        outcome.setAttribute("message", legal(message));
        if (type != null) {
            outcome.setAttribute("type", type);
        }
        if (text != null) {
            outcome.setTextContent(legal(text));
        }
    }

    /** The suite with its counts, indented. */
    String render() {
        suite.setAttribute("tests", Integer.toString(cases.size()));
        for (String kind : List.of("failures", "errors", "skipped")) {
            String element = kind.equals("failures") ? "failure" : kind.equals("errors") ? "error" : "skipped";
            suite.setAttribute(kind, Long.toString(cases.stream()
                    .filter(c -> c.getElementsByTagName(element).getLength() > 0).count()));
        }
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML support failed: " + e, e);
        }
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
}
