package dev.ballot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The timeline: lanes, bars and the operations of a counterexample outlined. */
class TimelineTest {
    private static final Pattern BAR = Pattern.compile("<rect (id=\"cx-op\" )?x=\"[^\"]*\" y=\"[^\"]*\" "
            + "width=\"[^\"]*\" height=\"[^\"]*\" class=\"op ([^\"]*)\"><title>([^<]*)</title>");

    /** Each bar as its title's first words (the operation as Describe renders it) and classes. */
    private static List<Map.Entry<String, String>> barList(String html) {
        List<Map.Entry<String, String>> bars = new java.util.ArrayList<>();
        Matcher m = BAR.matcher(html);
        while (m.find()) {
            String title = m.group(3).replace("&gt;", ">");
            bars.add(Map.entry(title.substring(0, title.indexOf(" · ")),
                    m.group(2) + (m.group(1) == null ? "" : " #cx-op")));
        }
        return bars;
    }

    /** The classes of each bar, by operation (for histories where operations read differently). */
    private static Map<String, String> bars(String html) {
        Map<String, String> bars = new java.util.LinkedHashMap<>();
        barList(html).forEach(bar -> bars.put(bar.getKey(), bar.getValue()));
        return bars;
    }

    @Test
    void theCounterexampleOfAKnossosHistoryIsOutlined() {
        Report report = Knossos.report("data/cas-register/bad/rethink-fail-smaller.edn");
        assertTrue(report.verdicts().get(0).isInvalid());
        Evidence evidence = report.evidence().get(0);
        List<String> bars = barList(SvgTimeline.html(report)).stream().map(Map.Entry::getValue).toList();
        assertEquals(report.history().operations().size(), bars.size());
        List<Operation> failing = report.history().operations().stream()
                .filter(op -> op.call() == evidence.failing()).toList();
        assertEquals(1, failing.size());
        assertEquals("ok cx-failing #cx-op", bars.get(failing.get(0).id()), "bars are in operation order");
        assertEquals(report.marks().size(), bars.stream().filter(c -> c.contains("cx-")).count());
        assertEquals(evidence.concurrent().size(), bars.stream().filter(c -> c.contains("cx-concurrent")).count());
        assertTrue(bars.stream().anyMatch(c -> c.contains("cx-linearized")));
        assertTrue(bars.stream().anyMatch(c -> !c.contains("cx-")), "others are plain");
    }

    @Test
    void rolesComeFromTheResultsJsonOfTheCounterexample() {
        History history = new Events().invoke(0, "write", 1, 0).invoke(1, "read", null, 1)
                .ok(0, "write", 1, 2).ok(1, "read", 2, 3).invoke(2, "read", null, 4)
                .ok(2, "read", 1, 5).history();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        var example = json.putObject("linearizable").put("valid", false).putObject("counterexample");
        example.put("explanation", "p1 read 2 saw a value never written");
        example.putObject("op").put("invoke_index", 1);
        example.putArray("concurrent").addObject().put("invoke_index", 0);
        example.put("linearization_length", 1);
        example.putArray("linearization").addObject().put("invoke_index", 4);
        List<CheckerVerdict> verdicts = Verdicts.fromJson(json);
        Report report = Report.of(history, RunInfo.ofCheck("h", null, Map.of(), verdicts), verdicts);
        assertEquals(Map.of(1L, Mark.FAILING, 0L, Mark.CONCURRENT, 4L, Mark.LINEARIZED), report.marks());
        Map<String, String> bars = bars(SvgTimeline.html(report));
        assertEquals("ok cx-failing #cx-op", bars.get("p1 read -> 2 ok"));
        assertEquals("ok cx-concurrent", bars.get("p0 write 1 ok"));
        assertEquals("ok cx-linearized", bars.get("p2 read -> 1 ok"));
        String page = HtmlPage.render(report);
        assertTrue(page.contains("href=\"#counterexample\""), "a link near the top jumps to it");
        assertTrue(page.indexOf("href=\"#counterexample\"") < page.indexOf("id=\"summary\""));
        assertTrue(page.contains("id=\"counterexample\""));
    }

    @Test
    void aClientThatGotInfoGoesOnInTheSameLane() {
        History history = new Events().invoke(0, "write", 1, 0).invoke(1, "read", null, 1)
                .info(0, "write", 1, 2).invoke(2, "read", null, 3).ok(1, "read", 1, 4)
                .ok(2, "read", 1, 5).history();
        Lanes lanes = Lanes.of(history);
        assertEquals(2, lanes.count());
        assertEquals(List.of(List.of(0, 2), List.of(1)), lanes.processes());
        assertEquals("p0 p2", lanes.label(0));
    }

    @Test
    void aLongHistoryIsCappedAroundTheFailingOperation() {
        Events events = new Events();
        for (int i = 0; i < 100; i++) {
            events.invoke(0, "write", i, i * 10).ok(0, "write", i, i * 10 + 5);
        }
        History history = events.history();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        var example = json.putObject("linearizable").put("valid", false).putObject("counterexample");
        example.put("explanation", "x");
        example.putObject("op").put("invoke_index", 160);
        example.putArray("linearization").addObject().put("invoke_index", 2);
        List<CheckerVerdict> verdicts = Verdicts.fromJson(json);
        Report report = Report.of(history, RunInfo.ofCheck("h", null, Map.of(), verdicts), verdicts);
        String html = SvgTimeline.html(report, 10);
        Map<String, String> bars = bars(html);
        assertEquals(11, bars.size(), "ten around the failing one, and the far linearized one");
        assertEquals("ok cx-failing #cx-op", bars.get("p0 write 80 ok"));
        assertEquals("ok cx-linearized", bars.get("p0 write 1 ok"));
        assertFalse(bars.containsKey("p0 write 99 ok"));
        assertTrue(html.contains("Showing operations 76–85 of 100"), html);
    }
}
