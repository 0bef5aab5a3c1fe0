package dev.ballot.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ballot.checker.ResultsJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes a run's {@code campaign.json} (its options, seed and replay command, written first so
 * that a killed run can still be replayed) and {@code results.json} (the verdict and everything
 * behind it).
 */
final class ResultsWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsWriter() {
    }

    static ObjectNode campaign(Campaign campaign) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("system", campaign.system());
        json.put("workload", campaign.workload());
        json.put("nemesis", campaign.nemesisList());
        json.put("nodes", campaign.nodes());
        json.put("time_limit_s", campaign.timeLimit().toNanos() / 1e9);
        json.put("concurrency", campaign.concurrency());
        json.put("rate", campaign.rate());
        json.put("seed", campaign.seed());
        json.put("mutant", campaign.mutant());
        json.put("fault_interval_s", campaign.faultInterval().toNanos() / 1e9);
        json.put("fault_targets", campaign.faultTargets());
        json.put("overlap", campaign.overlap());
        json.put("client_timeout_s", campaign.clientTimeout().toNanos() / 1e9);
        json.put("liveness_bound_s", campaign.livenessBound().toNanos() / 1e9);
        json.put("quiet_period_s", campaign.quietPeriod().toNanos() / 1e9);
        json.put("replay", campaign.replayCommand());
        return json;
    }

    static void writeCampaign(Path dir, Campaign campaign) throws IOException {
        MAPPER.writeValue(dir.resolve("campaign.json").toFile(), campaign(campaign));
    }

    static void writeResults(Path dir, Campaign campaign, RunResult result, RunFacts facts,
                             Map<String, Map<String, Long>> counts, Map<String, Double> phases,
                             Throughput throughput) throws IOException {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("verdict", result.verdict().wireName());
        json.set("valid", MAPPER.valueToTree(switch (result.verdict()) {
            case VALID -> Boolean.TRUE;
            case INVALID -> Boolean.FALSE;
            case UNKNOWN, ERROR -> "unknown";
        }));
        json.put("exit_code", result.verdict().exitCode());
        json.set("reasons", MAPPER.valueToTree(result.reasons()));
        json.put("seed", campaign.seed());
        json.put("replay", campaign.replayCommand());
        ObjectNode checkers = json.putObject("checkers");
        result.checks().forEach((name, check) -> checkers.set(name, ResultsJson.result(check)));
        json.set("counts", MAPPER.valueToTree(counts));
        ObjectNode faults = json.putObject("faults");
        faults.put("planned", facts.faultsPlanned());
        faults.put("applied", facts.faultsApplied());
        faults.set("errors", MAPPER.valueToTree(facts.errors()));
        ObjectNode liveness = json.putObject("liveness");
        liveness.put("recovered", result.recoverySeconds() != null);
        liveness.put("recovery_s", result.recoverySeconds());
        liveness.put("bound_s", campaign.livenessBound().toNanos() / 1e9);
        liveness.set("unrecovered_keys", MAPPER.valueToTree(result.unrecoveredKeys()));
        json.set("unhealthy_nodes", MAPPER.valueToTree(facts.unhealthy()));
        json.set("phases_s", MAPPER.valueToTree(phases));
        if (throughput != null) {
            ObjectNode rate = json.putObject("throughput");
            rate.put("operations", throughput.operations());
            rate.put("seconds", throughput.seconds());
            rate.put("per_s", Math.round(throughput.perSecond()));
            if (throughput.harnessCpuSeconds() >= 0) {
                rate.put("harness_cpu_s", Math.round(throughput.harnessCpuSeconds() * 1e3) / 1e3);
                rate.put("harness_cpu_us_per_op", Math.round(throughput.harnessCpuMicrosPerOperation()));
            }
        }
        json.set("campaign", campaign(campaign));
        json.put("history", "history.jsonl");
        MAPPER.writeValue(dir.resolve("results.json").toFile(), json);
    }
}
