package dev.ballot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens reports in headless Chromium (Debian's {@code chromium}) and reads back the DOM after the
 * page's script ran: the script marks {@code <body data-rendered="ok">} once the timeline and the
 * plots have a size and no script failed, and counts the bars. Skipped only where no Chromium is
 * installed; CI installs it.
 */
class ReportBrowserTest {
    private static final Pattern BODY = Pattern.compile("<body([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static Path chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() {
        chromium = find().orElse(null);
    }

    /** {@code $BALLOT_CHROMIUM}, or chromium (Debian), chromium-browser or google-chrome on the path. */
    static Optional<Path> find() {
        String chosen = System.getenv("BALLOT_CHROMIUM");
        if (chosen != null && Files.isExecutable(Path.of(chosen))) {
            return Optional.of(Path.of(chosen));
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(entry, name);
                if (!entry.isEmpty() && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The attributes of {@code <body>} after loading the page, which must have drawn without error. */
    private Map<String, String> render(Path page, String fragment) throws IOException, InterruptedException {
        Map<String, String> attributes = load(page, fragment);
        assertEquals("ok", attributes.get("data-rendered"), "script errors: " + attributes.get("data-errors"));
        return attributes;
    }

    /** The attributes of {@code <body>} in the DOM that Chromium dumps after loading the page. */
    private Map<String, String> load(Path page, String fragment) throws IOException, InterruptedException {
        assumeTrue(chromium != null, "no chromium installed");
        Path output = dir.resolve("dom.html");
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--disable-gpu",
                "--no-sandbox", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=1280,1600", "--dump-dom", page.toUri() + fragment)
                .redirectOutput(output.toFile()).redirectError(dir.resolve("chromium.log").toFile())
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 180 s");
        }
        String dom = Files.readString(output, StandardCharsets.UTF_8);
        Matcher body = BODY.matcher(dom);
        assertTrue(body.find(), "no <body> in chromium's output: " + Files.readString(dir.resolve("chromium.log")));
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(body.group(1));
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    private Path page(Report report) throws IOException {
        return Files.writeString(dir.resolve("report.html"), HtmlPage.render(report), StandardCharsets.UTF_8);
    }

    @Test
    void aValidKnossosHistoryRendersItsTimelineAndPlots() throws Exception {
        Report report = Knossos.report("data/multi-register/good/multi-register.edn");
        assertEquals("valid", report.run().verdict());
        Map<String, String> body = render(page(report), "");
        assertEquals(Integer.toString(report.history().operations().size()), body.get("data-timeline-bars"));
        assertEquals("2", body.get("data-plots"));
        assertEquals("0", body.get("data-marked-bars"));
        assertEquals("1", body.get("data-zoom"));
    }

    @Test
    void anInvalidKnossosHistoryOutlinesItsCounterexample() throws Exception {
        Report report = Knossos.report("data/cas-register/bad/rethink-fail-smaller.edn");
        assertEquals("invalid", report.run().verdict());
        Map<String, String> body = render(page(report), "");
        assertEquals(Integer.toString(report.history().operations().size()), body.get("data-timeline-bars"));
        assertEquals(Integer.toString(report.marks().size()), body.get("data-marked-bars"));
        assertEquals("2", body.get("data-plots"));
    }

    @Test
    void aStoreDirectoryWithFaultsOpensOnItsCounterexample() throws Exception {
        StoreReport.write(StoreFixture.write(dir), warning -> { });
        Path page = dir.resolve(StoreReport.REPORT);
        assertTrue(Files.readString(page).contains(">partition n1 n2 | n3</span>"));
        Map<String, String> body = render(page, "#counterexample");
        assertTrue(Integer.parseInt(body.get("data-zoom")) > 1, "zoomed in on the counterexample: " + body);
        assertEquals(Integer.toString(StoreFixture.history().operations().size()), body.get("data-timeline-bars"));
        assertEquals("2", body.get("data-marked-bars"));
        assertEquals("2", body.get("data-plots"));
    }

    @Test
    void aScriptErrorShowsInTheDom() throws Exception {
        String page = HtmlPage.render(Knossos.report("data/cas-register/bad/rethink-fail-minimal.edn"))
                .replace("</body>", "<script>noSuchFunction();</script>\n</body>");
        Map<String, String> body = load(Files.writeString(dir.resolve("broken.html"), page), "");
        assertEquals("error", body.get("data-rendered"));
        assertTrue(body.get("data-errors").contains("noSuchFunction"), body.toString());
    }
}
