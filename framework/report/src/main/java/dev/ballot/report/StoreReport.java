package dev.ballot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.history.History;
import dev.ballot.history.HistoryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report files of a campaign's store directory: reads {@code history.jsonl},
 * {@code results.json} and {@code campaign.json} (the last two when present) and writes
 * {@code report.html} and, when there are results, {@code junit.xml} beside them.
 */
public final class StoreReport {
    public static final String REPORT = "report.html";
    public static final String JUNIT = "junit.xml";
    public static final String HISTORY = "history.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(StoreReport.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoreReport() {
    }

    /**
     * Reads the store directory's history and writes its reports.
     *
     * @throws dev.ballot.history.HistoryFormatException if the history is malformed
     * @throws IOException if a file cannot be read or written, or {@code results.json} is not JSON
     */
    public static void write(Path dir, Consumer<String> warnings) throws IOException {
        Path file = dir.resolve(HISTORY);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no history in the store directory");
        }
        History history;
        try {
            history = HistoryReader.read(file, warnings);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        write(dir, history);
    }

    /** Writes the reports of a store directory whose history is already in memory. */
    public static void write(Path dir, History history) throws IOException {
        JsonNode results = json(dir.resolve("results.json"));
        JsonNode campaign = json(dir.resolve("campaign.json"));
        List<CheckerVerdict> verdicts = Verdicts.fromJson(results == null ? null : results.path("checkers"));
        RunInfo run = StoreRunInfo.of(dir.toString(), campaign, results, verdicts);
        Files.writeString(dir.resolve(REPORT), HtmlPage.render(Report.of(history, run, verdicts)),
                StandardCharsets.UTF_8);
        if (results != null) {
            Files.writeString(dir.resolve(JUNIT), JunitXml.render(results, dir.toString()),
                    StandardCharsets.UTF_8);
        }
    }

    /**
     * At the end of a run: writes the reports, and logs rather than throws if that fails, since
     * the verdict and results are already safe on disk and matter more than their pictures.
     */
    public static void writeAfterRun(Path dir, History history) {
        try {
            write(dir, history);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not write the report of {}: {}", dir, e.toString(), e);
        }
    }

    private static JsonNode json(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }
}
