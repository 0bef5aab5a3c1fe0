package dev.ballot.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.history.History;
import dev.ballot.history.HistoryReader;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.inprocess.Flaw;
import dev.ballot.inprocess.InProcessCluster;
import dev.ballot.nemesis.FaultKind;
import dev.ballot.nemesis.NodeState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole campaigns against the in-process cluster: no Docker. */
class RunnerTest {
    @TempDir
    Path store;

    private Campaign campaign(String workload, String nemesis, double timeLimitSeconds) {
        return campaign(workload, nemesis, timeLimitSeconds, Duration.ofMillis(800));
    }

    private Campaign campaign(String workload, String nemesis, double timeLimitSeconds,
                              Duration faultInterval) {
        return new Campaign(workload, FaultKind.parseList(nemesis), 3,
                Duration.ofMillis((long) (timeLimitSeconds * 1000)), 4, 400, 42, null, store, false,
                faultInterval, 0, false, Duration.ofMillis(100), Duration.ofSeconds(2),
                Duration.ofMillis(200));
    }

    private RunResult run(Campaign campaign, InProcessCluster cluster) throws Exception {
        RunResult result = new Runner(campaign, cluster).run();
        assertTrue(result.directory().startsWith(store.resolve(campaign.workload())));
        return result;
    }

    private static JsonNode results(RunResult result) throws IOException {
        return new ObjectMapper().readTree(result.directory().resolve("results.json").toFile());
    }

    private static History history(RunResult result) throws IOException {
        return HistoryReader.read(result.directory().resolve("history.jsonl"), warning -> { });
    }

    @Test
    void aCorrectClusterUnderEveryFaultIsValid() throws Exception {
        InProcessCluster cluster = new InProcessCluster(3);
        RunResult result = run(campaign("register", "all", 3.2), cluster);
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        JsonNode json = results(result);
        assertEquals("valid", json.get("verdict").asText());
        assertEquals(4, json.at("/faults/planned").asInt());
        assertEquals(4, json.at("/faults/applied").asInt());
        assertTrue(json.at("/counts/cas/ok").asLong() > 0);
        assertTrue(json.at("/liveness/recovered").asBoolean(), json.toString());
        assertEquals(42, json.get("seed").asLong());
        assertTrue(json.get("replay").asText().contains("--seed 42"));
        List<Op> nemesis = history(result).ops().stream().filter(Op::isNemesis).toList();
        assertFalse(nemesis.isEmpty());
        assertTrue(nemesis.stream().allMatch(op -> op.type().wireName().matches("invoke|info")));
        cluster.nodes().forEach(n -> assertEquals(NodeState.RUNNING, cluster.control().state(n)));
        assertTrue(cluster.net().grudge().isEmpty(), "healed at the end");
    }

    @Test
    void progressIsReportedWhileOperationsFlowAndEndsWithTheRun() throws Exception {
        List<Progress> reports = new CopyOnWriteArrayList<>();
        boolean[] finished = new boolean[1];
        ProgressListener listener = new ProgressListener() {
            public void progress(Progress progress) {
                reports.add(progress);
            }

            public void finished() {
                finished[0] = true;
            }
        };
        // One partition, from 1.5 s to 3 s: the reports near 2 s see it.
        Campaign campaign = campaign("register", "partition", 3, Duration.ofSeconds(3));
        RunResult result = new Runner(campaign, new InProcessCluster(3), listener).run();
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        assertTrue(finished[0]);
        assertTrue(reports.size() >= 2, reports.toString());
        assertTrue(reports.stream().anyMatch(p -> p.faults().stream()
                .anyMatch(f -> f.startsWith("partition "))), reports.toString());
        Progress last = reports.get(reports.size() - 1);
        assertTrue(last.ok() > 0 && last.opsPerSecond() > 0, last.line());
        assertEquals(campaign.timeLimit().toNanos(), last.timeLimitNanos());
    }

    @Test
    void overlappingACutThatBeginsWhileAClockIsBehindIsolatesThatNode() throws Exception {
        Campaign campaign = new Campaign("register", FaultKind.parseList("clock,partition"), 3,
                Duration.ofMillis(3200), 4, 400, 42, null, store, false, Duration.ofMillis(800), 0,
                true, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMillis(200));
        RunResult result = run(campaign, new InProcessCluster(3));
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        Map<String, Double> behind = new TreeMap<>();
        int followed = 0;
        for (Op op : history(result).ops()) {
            if (!op.isNemesis() || op.type() != OpType.INFO) {
                continue;
            }
            Map<?, ?> value = op.value() instanceof Map<?, ?> map ? map : Map.of();
            switch (op.f()) {
                case "clock-offset" -> {
                    double seconds = ((Number) value.get("seconds")).doubleValue();
                    if (seconds < 0) {
                        behind.put((String) value.get("node"), seconds);
                    }
                }
                case "clock-reset" -> ((List<?>) value.get("nodes")).forEach(behind::remove);
                case "partition" -> {
                    if (!behind.isEmpty()) {
                        followed++;
                        String node = behind.keySet().iterator().next();
                        assertEquals(List.of("n1", "n2", "n3").stream().filter(n -> !n.equals(node))
                                .toList(), value.get(node), "the node behind is cut off: " + op);
                    }
                }
                default -> { }
            }
        }
        assertTrue(followed > 0, "a cut followed a clock set back");
    }

    @Test
    void agreementOnACorrectClusterIsValid() throws Exception {
        RunResult result = run(campaign("agreement", "crash,partition", 2),
                new InProcessCluster(3));
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        assertEquals(List.of("agreement", "validity", "stability", "linearizable"),
                List.copyOf(result.checks().keySet()));
    }

    @Test
    void staleReadsAreFoundInvalid() throws Exception {
        RunResult result = run(campaign("register", "none", 1),
                new InProcessCluster(3, Flaw.STALE_READS));
        assertEquals(Verdict.INVALID, result.verdict(), result.summary());
        assertEquals(1, result.verdict().exitCode());
        assertEquals(false, results(result).get("valid").asBoolean(true));
    }

    @Test
    void aHangingOrGarblingClientYieldsInfoNotACrash() throws Exception {
        RunResult result = run(campaign("register", "none", 1),
                new InProcessCluster(3, Flaw.MISBEHAVING_CLIENTS));
        assertEquals(Verdict.VALID, result.verdict(), result.summary());
        History history = history(result);
        assertTrue(history.operations().stream().anyMatch(op -> op.isInfo()
                && op.completion().error().contains("garbled")));
        assertTrue(history.operations().stream().anyMatch(op -> op.isInfo()
                && op.completion().error().contains("timed out")));
        // After an info the process continues under a fresh id, old id + concurrency.
        assertTrue(history.operations().stream().anyMatch(op -> op.process() >= 4));
    }

    @Test
    void aCutThatDoesNotHoldIsAnErrorAndIsStillHealed() throws Exception {
        InProcessCluster cluster = new InProcessCluster(3);
        cluster.net().ignoreCuts();
        RunResult result = run(campaign("register", "partition", 2), cluster);
        assertEquals(Verdict.ERROR, result.verdict(), result.summary());
        assertTrue(result.reasons().get(0).contains("does not match the grudge"), result.summary());
        List<String> calls = cluster.net().calls();
        assertEquals("heal", calls.get(calls.size() - 1));
    }

    @Test
    void aClusterThatIsNotHealthyBeforeTheFaultsIsUnknown() throws Exception {
        InProcessCluster cluster = new InProcessCluster(3);
        cluster.control().kill("n2");
        RunResult result = run(campaign("register", "crash", 2), cluster);
        assertEquals(Verdict.UNKNOWN, result.verdict(), result.summary());
        assertTrue(result.reasons().stream().anyMatch(r -> r.contains("not healthy")
                && r.contains("n2")), result.summary());
    }

    @Test
    void aRunTooShortForAnyFaultIsUnknown() throws Exception {
        RunResult result = run(campaign("register", "pause", 0.5), new InProcessCluster(3));
        assertEquals(Verdict.UNKNOWN, result.verdict(), result.summary());
        assertNotNull(result.reasons().stream().filter(r -> r.contains("no room for a fault"))
                .findFirst().orElse(null), result.summary());
    }
}
