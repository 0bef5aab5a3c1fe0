package dev.ballot.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.inprocess.Flaw;
import dev.ballot.inprocess.InProcessCluster;
import dev.ballot.nemesis.FaultKind;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.CampaignRunner;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Runner;
import dev.ballot.runner.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak loop, with campaigns that take no time (a fake) or a few seconds (in-process). */
class SoakTest {
    @TempDir
    Path store;

    private final StringWriter log = new StringWriter();
    private final TestClock clock = new TestClock();

    /** A clock that moves only when told: each fake run takes ten minutes. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    /**
     * Answers the verdicts in order (then valid; null: the run cannot be carried out), each run
     * ten minutes long; records the campaigns.
     */
    private CampaignRunner fake(List<Campaign> seen, Verdict... verdicts) {
        Iterator<Verdict> next = Arrays.asList(verdicts).iterator();
        return (campaign, dir) -> {
            seen.add(campaign);
            Files.writeString(dir.resolve("history.jsonl"), "");
            clock.now = clock.now.plus(Duration.ofMinutes(10));
            Verdict verdict = next.hasNext() ? next.next() : Verdict.VALID;
            if (verdict == null) {
                throw new IllegalStateException("the cluster did not start");
            }
            return new RunResult(verdict, verdict == Verdict.VALID ? List.of() : List.of("because"),
                    Map.of(), null, List.of(), dir, campaign.replayCommand());
        };
    }

    private SoakResult soak(Duration duration, boolean keepValid, CampaignRunner runner) throws Exception {
        Campaign template = new Campaign("register", Set.of(), 3, Duration.ofSeconds(1), 2, 100, 0, null, store,
                false, Duration.ofMillis(400), 0, false, Duration.ofMillis(100), Duration.ofSeconds(2),
                Duration.ofMillis(100));
        SoakPlan plan = new SoakPlan(template, SoakPlan.DEFAULT_WORKLOADS, NemesisChoice.DEFAULT_ROTATION, 5);
        return new Soak(plan, duration, keepValid, store.resolve("soak.xml"), runner)
                .run(new PrintWriter(log), clock);
    }

    private String junit() throws IOException {
        return Files.readString(store.resolve("soak.xml"));
    }

    @Test
    void validRunsGoOnUntilTheDurationEndsAndTheirDirectoriesAreDeleted() throws Exception {
        List<Campaign> seen = new ArrayList<>();
        SoakResult result = soak(Duration.ofMinutes(45), false, fake(seen));
        assertEquals(5, result.runs().size(), "runs start at 0, 10, 20, 30 and 40 minutes");
        assertEquals(0, result.exitCode());
        assertEquals("the duration ended", result.stopped());
        assertTrue(result.runs().stream().noneMatch(run -> Files.exists(run.directory())));
        assertEquals(List.of("register", "agreement", "register"),
                seen.subList(0, 3).stream().map(Campaign::workload).toList());
        assertEquals(5, seen.stream().map(Campaign::seed).distinct().count());
        assertTrue(junit().contains("tests=\"5\"") && junit().contains("failures=\"0\""), junit());
        assertTrue(log.toString().contains("run 2 agreement crash seed " + seen.get(1).seed() + ": VALID"), log.toString());
    }

    @Test
    void theFirstViolationStopsTheSoakAndItsDirectoryAndReplayAreKept() throws Exception {
        List<Campaign> seen = new ArrayList<>();
        SoakResult result = soak(Duration.ofHours(2), false, fake(seen, Verdict.VALID, Verdict.UNKNOWN,
                Verdict.INVALID));
        assertEquals(3, result.runs().size());
        assertEquals(1, result.exitCode());
        assertEquals("run 3 was invalid", result.stopped());
        SoakRun invalid = result.runs().get(2);
        assertTrue(Files.exists(invalid.directory()) && Files.exists(result.runs().get(1).directory()));
        assertFalse(Files.exists(result.runs().get(0).directory()));
        assertTrue(result.summary().contains("INVALID run 3 register pause seed " + seen.get(2).seed()
                + "\n  because\n  store: " + invalid.directory() + "\n  replay: bin/ballot run --workload register"
                + " --nemesis pause"), result.summary());
        assertTrue(result.summary().startsWith("soak: 3 runs, 1 valid, 1 invalid, 0 error, 1 unknown; run 3 was invalid"),
                result.summary());
        assertTrue(junit().contains("failures=\"1\"") && junit().contains("errors=\"1\""), junit());
    }

    @Test
    void validDirectoriesAreKeptWhenAskedAndUnknownBeatsValid() throws Exception {
        SoakResult result = soak(Duration.ofMinutes(25), true, fake(new ArrayList<>(), Verdict.UNKNOWN));
        assertEquals(3, result.exitCode());
        assertTrue(result.runs().stream().allMatch(run -> run.kept() && Files.exists(run.directory())));
    }

    @Test
    void aHarnessThatKeepsFailingStopsTheSoakAsAnError() throws Exception {
        SoakResult result = soak(Duration.ofHours(2), false, fake(new ArrayList<>(), Verdict.UNKNOWN,
                null, null, null));
        assertEquals(4, result.runs().size());
        assertEquals(2, result.exitCode());
        assertEquals("3 runs in a row could not be carried out", result.stopped());
        assertTrue(result.runs().get(3).reasons().get(0).contains("the cluster did not start"));
    }

    @Test
    void aSoakOfRealRunsAgainstAFlawedInProcessClusterFindsTheViolation() throws Exception {
        Clock real = Clock.systemUTC();
        Campaign template = new Campaign("register", Set.of(FaultKind.PARTITION), 3, Duration.ofMillis(800), 4, 400,
                0, null, store, false, Duration.ofMillis(400), 0, false, Duration.ofMillis(100),
                Duration.ofSeconds(2), Duration.ofMillis(100));
        SoakPlan plan = new SoakPlan(template, List.of("register"), NemesisChoice.parseRotation("partition;crash", false), 3);
        CampaignRunner inProcess = (campaign, dir) -> new Runner(campaign,
                new InProcessCluster(campaign.nodes(), Flaw.STALE_READS)).run(dir);
        SoakResult result = new Soak(plan, Duration.ofMinutes(5), false, store.resolve("soak.xml"), inProcess)
                .run(new PrintWriter(log), real);
        assertEquals(1, result.runs().size(), result.summary());
        assertEquals(1, result.exitCode(), result.summary());
        assertTrue(Files.exists(result.runs().get(0).directory().resolve("results.json")));
        assertTrue(junit().contains("type=\"invalid\""), junit());
    }
}
