package dev.ballot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.History;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever a system under test answered is shown as text, never run as markup. */
class EscapeTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertEquals("&lt;b title=&quot;x&quot; a=&#39;y&#39;&gt;&amp;&lt;/b&gt;",
                Escape.html("<b title=\"x\" a='y'>&</b>"));
        assertEquals("plain", Escape.html("plain"));
        assertEquals("", Escape.html(null));
    }

    @Test
    void aHostileHistoryCannotInjectIntoThePage() {
        String evil = "<script>alert(1)</script>";
        History history = new Events().invoke(0, "write", evil, 0).ok(0, "write", evil, 5)
                .fault("kill", List.of("<img src=x onerror=alert(2)>"), 1, 3)
                .history();
        RunInfo run = RunInfo.ofCheck("<b>file</b>.jsonl", "bin/ballot check '<i>'",
                Map.of("model", "<u>"), List.of());
        String page = HtmlPage.render(Report.of(history, run, List.of()));
        assertFalse(page.contains(evil), "a value from the history is escaped");
        assertFalse(page.contains("<img"), "a fault's target is escaped");
        assertFalse(page.contains("<b>file") || page.contains("<i>") || page.contains("<u>"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void aHistoryWithoutClientOperationsStillMakesAPage() {
        History history = new Events().fault("kill", List.of("n1"), 1, 2).history();
        String page = HtmlPage.render(Report.of(history,
                RunInfo.ofCheck("h.jsonl", null, Map.of(), List.of()), List.of()));
        assertTrue(page.contains(">kill n1</span>"));
        assertTrue(page.contains("Nothing to draw: latency"), "no latency without completed operations");
        String empty = HtmlPage.render(Report.of(History.of(List.of()),
                RunInfo.ofCheck("h.jsonl", null, Map.of(), List.of()), List.of()));
        assertTrue(empty.contains("class=\"tl-svg\""));
    }

    @Test
    void thePageNeedsNoNetwork() {
        History history = new Events().invoke(0, "read", null, 0).ok(0, "read", 1, 5).history();
        String page = HtmlPage.render(Report.of(history,
                RunInfo.ofCheck("h.jsonl", null, Map.of(), List.of()), List.of()));
        String withoutNamespace = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(withoutNamespace.contains("http://") || withoutNamespace.contains("https://")
                || withoutNamespace.contains("<link") || withoutNamespace.contains(" src="), page);
    }
}
