package dev.ballot.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.inprocess.Flaw;
import dev.ballot.inprocess.InProcessCluster;
import dev.ballot.nemesis.FaultKind;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.CampaignRunner;
import dev.ballot.runner.RunResult;
import dev.ballot.runner.Runner;
import dev.ballot.runner.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The builder and the assertion, with campaigns run against the in-process cluster: no Docker. */
class BallotTest {
    @TempDir
    Path store;

    /** A short campaign against a cluster in this JVM, correct or with {@code flaw}. */
    private CampaignBuilder inProcess(Flaw flaw) {
        CampaignRunner runner = (campaign, dir) ->
                new Runner(campaign, new InProcessCluster(campaign.nodes(), flaw)).run(dir);
        return Ballot.campaign().workload("register").nemesis("partition").nodes(3)
                .timeLimit(Duration.ofMillis(1200)).concurrency(4).rate(400).seed(7)
                .faultInterval(Duration.ofMillis(500)).clientTimeout(Duration.ofMillis(100))
                .livenessBound(Duration.ofSeconds(2)).quietPeriod(Duration.ofMillis(100))
                .store(store).runner(runner);
    }

    @Test
    void theDefaultsAreThoseOfBallotRun() {
        Campaign campaign = Ballot.campaign().seed(1).build();
        assertEquals(new Campaign("register", Set.of(), 3, Duration.ofSeconds(30), 10, 100, 1, null,
                Path.of("store"), false, Campaign.DEFAULT_FAULT_INTERVAL, 0, false,
                Campaign.DEFAULT_CLIENT_TIMEOUT, Campaign.DEFAULT_LIVENESS_BOUND,
                Campaign.DEFAULT_QUIET_PERIOD, "reference"), campaign);
        assertNotEquals(Ballot.campaign().build().seed(), Ballot.campaign().build().seed(),
                "a random seed unless one is set");
    }

    @Test
    void everyOptionReachesTheCampaignAndItsReplayCommand() {
        Campaign campaign = Ballot.campaign().system("adapters/kv.json").workload("agreement")
                .nemesis("crash,amnesia").nodes(5).timeLimit(Duration.ofSeconds(20)).concurrency(6)
                .rate(50).seed(9).variant("stale-read").store(store).faultInterval(Duration.ofSeconds(4))
                .faultTargets(2).overlap(true).clientTimeout(Duration.ofSeconds(2))
                .livenessBound(Duration.ofSeconds(40)).quietPeriod(Duration.ofSeconds(3)).build();
        assertEquals(Set.of(FaultKind.CRASH, FaultKind.AMNESIA), campaign.nemesis());
        assertEquals("bin/ballot run --system adapters/kv.json --workload agreement --nemesis crash,amnesia"
                + " --nodes 5 --time-limit 20 --concurrency 6 --rate 50 --seed 9 --variant stale-read"
                + " --store " + store + " --fault-interval 4 --fault-targets 2 --overlap --client-timeout 2"
                + " --liveness-bound 40 --quiet-period 3", campaign.replayCommand());
        assertThrows(IllegalArgumentException.class, () -> Ballot.campaign().nemesis("flood"));
        assertThrows(IllegalArgumentException.class, () -> Ballot.campaign().nodes(0).build());
    }

    @Test
    void aCorrectClusterPassesAndTheResultIsReturned() throws Exception {
        RunResult result = inProcess(Flaw.NONE).assertValid();
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        assertTrue(result.directory().startsWith(store.resolve("register")));
        assertTrue(Files.exists(result.directory().resolve("report.html")));
        assertSame(result, Ballot.assertValid(result));
    }

    @Test
    void aViolationFailsWithTheVerdictReasonsStoreAndReplayCommand() throws Exception {
        RunResult result = inProcess(Flaw.STALE_READS).run();
        assertEquals(Verdict.INVALID, result.verdict(), result.summary());
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Ballot.assertValid(result));
        String message = failure.getMessage();
        assertTrue(message.startsWith("the campaign is invalid, not valid:\nINVALID\n  "), message);
        assertTrue(message.contains(result.reasons().get(0)), message);
        assertTrue(message.contains("\nstore: " + result.directory() + "\n"), message);
        assertTrue(message.contains("\nreplay: bin/ballot run --workload register --nemesis partition"
                + " --nodes 3 --time-limit 1.2 --concurrency 4 --rate 400 --seed 7"), message);
    }

    @Test
    void anUnknownRunIsNoPassEither() {
        RunResult unknown = new RunResult(Verdict.UNKNOWN, List.of("no fault was applied"), Map.of(),
                null, List.of(), store, "bin/ballot run --seed 3");
        String message = assertThrows(AssertionFailedError.class, () -> Ballot.assertValid(unknown))
                .getMessage();
        assertTrue(message.contains("UNKNOWN\n  no fault was applied"), message);
        assertTrue(message.contains("store: " + store) && message.contains("replay: bin/ballot run --seed 3"));
    }

    @Test
    void aSystemThatIsNotInstalledIsRefusedBeforeAnythingRuns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ballot.campaign().system("no-such-system").store(store).run());
        assertTrue(e.getMessage().contains("unknown system 'no-such-system'"), e.getMessage());
        assertEquals(0, store.toFile().list().length, "no directory was made");
    }
}
