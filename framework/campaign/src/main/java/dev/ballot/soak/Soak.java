package dev.ballot.soak;

import dev.ballot.report.JunitXml;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.CampaignRunner;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Store;
import dev.ballot.runner.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A soak: campaigns back to back, as the {@link SoakPlan} says, until the duration is over (no run
 * starts after it; the last one finishes) or a run is invalid. A valid run's store directory is
 * deleted unless {@code keepValid}; the others are kept. After every run the summary
 * ({@code junit}, one test case per run) is written again, so a soak killed half-way still has
 * one. A run that could not be carried out at all (the cluster did not start) is an error of that
 * run; {@link #HARNESS_FAILURES} of those in a row stop the soak, since the next would fail too.
 *
 * @param junit where the JUnit XML summary goes
 */
public record Soak(SoakPlan plan, Duration duration, boolean keepValid, Path junit,
                   CampaignRunner runner) {
    static final int HARNESS_FAILURES = 3;

    /**
     * @param log hears a line as each run begins and ends
     * @param clock the time, for the duration and the store directories' names
     */
    public SoakResult run(PrintWriter log, Clock clock) throws IOException, InterruptedException {
        long end = clock.millis() + duration.toMillis();
        List<SoakRun> runs = new ArrayList<>();
        String stopped = "the duration ended";
        int failuresInARow = 0;
        for (int n = 0; clock.millis() < end; n++) {
            Campaign campaign = plan.campaign(n);
            Path dir = Store.newRunDirectory(campaign, clock);
            log.println("soak: run " + SoakRun.name(n + 1, campaign) + " -> " + dir);
            log.flush();
            long start = clock.millis();
            SoakRun run;
            try {
                RunResult result = runner.run(campaign, dir);
                run = new SoakRun(n + 1, campaign, result.verdict(), result.reasons(), dir, true,
                        (clock.millis() - start) / 1e3);
                failuresInARow = 0;
            } catch (IOException | RuntimeException e) {
                run = new SoakRun(n + 1, campaign, Verdict.ERROR,
                        List.of("the run could not be carried out: " + e.getMessage()), dir, true,
                        (clock.millis() - start) / 1e3);
                failuresInARow++;
            }
            if (run.verdict() == Verdict.VALID && !keepValid) {
                delete(dir);
                run = run.deleted();
            }
            runs.add(run);
            log.println("soak: " + run.line());
            log.flush();
            if (run.verdict() == Verdict.INVALID) {
                stopped = "run " + run.number() + " was invalid";
                break;
            }
            if (failuresInARow >= HARNESS_FAILURES) {
                stopped = failuresInARow + " runs in a row could not be carried out";
                break;
            }
            writeJunit(runs, "in progress");
        }
        SoakResult result = new SoakResult(plan.seed(), runs, stopped);
        writeJunit(runs, stopped);
        return result;
    }

    private void writeJunit(List<SoakRun> runs, String stopped) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("seed", Long.toString(plan.seed()));
        properties.put("duration_s", Long.toString(duration.toSeconds()));
        properties.put("stopped", stopped);
        Path parent = junit.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(junit, JunitXml.renderRuns("ballot.soak", properties,
                runs.stream().map(SoakRun::toCase).toList()));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
