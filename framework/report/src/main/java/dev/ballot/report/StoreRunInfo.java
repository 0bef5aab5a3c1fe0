package dev.ballot.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign's {@link RunInfo} from its {@code campaign.json} and {@code results.json} (either may
 * be missing: a run killed before the end has no results). Every option of {@code campaign.json}
 * becomes a fact, whatever options there are, so a new option shows without a change here.
 */
final class StoreRunInfo {
    private StoreRunInfo() {
    }

    /**
     * @param store the store directory, as the user named it
     * @param campaign {@code campaign.json}, or null
     * @param results {@code results.json}, or null
     * @param verdicts the checkers' verdicts (from the results)
     */
    static RunInfo of(String store, JsonNode campaign, JsonNode results,
                      List<CheckerVerdict> verdicts) {
        JsonNode options = campaign != null ? campaign
                : results != null ? results.path("campaign") : null;
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("store", store);
        if (options != null) {
            options.properties().forEach(field -> {
                if (!field.getKey().equals("replay") && !field.getValue().isNull()) {
                    facts.put(name(field.getKey()), field.getValue().asText());
                }
            });
        }
        List<String> reasons = new ArrayList<>();
        String verdict = Verdicts.worst(verdicts);
        String replay = options == null ? null : Verdicts.text(options.path("replay"));
        if (results == null) {
            reasons.add("results.json is missing: the run did not finish");
            verdict = "unknown";
        } else {
            verdict = results.path("verdict").asText(verdict);
            results.path("reasons").forEach(reason -> reasons.add(reason.asText()));
            replay = Verdicts.text(results.path("replay")) != null ? Verdicts.text(results.path("replay")) : replay;
            faults(results.path("faults"), facts);
            facts.put("liveness", liveness(results));
            JsonNode unhealthy = results.path("unhealthy_nodes");
            if (unhealthy.size() > 0) {
                facts.put("unhealthy nodes", unhealthy.toString());
            }
            List<String> phases = new ArrayList<>();
            results.path("phases_s").properties().forEach(phase ->
                    phases.add(phase.getKey().replace('_', ' ') + " " + phase.getValue().asText() + " s"));
            if (!phases.isEmpty()) {
                facts.put("phases", String.join(", ", phases));
            }
        }
        String workload = facts.getOrDefault("workload", "campaign");
        return new RunInfo("ballot " + workload + " " + store, verdict, reasons, replay, facts);
    }

    private static void faults(JsonNode faults, Map<String, String> facts) {
        if (!faults.isMissingNode()) {
            facts.put("faults", faults.path("applied").asText() + " applied of "
                    + faults.path("planned").asText() + " planned");
            faults.path("errors").forEach(error -> facts.merge("fault errors", error.asText(),
                    (a, b) -> a + "; " + b));
        }
    }

    /** {@code recovered 0.08 s after the final heal}, or which keys did not. */
    static String liveness(JsonNode results) {
        JsonNode liveness = results.path("liveness");
        if (results.path("unhealthy_nodes").size() > 0 || liveness.isMissingNode()) {
            return "not measured";
        }
        if (liveness.path("recovered").asBoolean()) {
            return "recovered " + Numbers.fixed(liveness.path("recovery_s").asDouble(), 3)
                    + " s after the final heal";
        }
        return "keys " + liveness.path("unrecovered_keys") + " did not serve within "
                + liveness.path("bound_s").asText() + " s of the final heal";
    }

    /** {@code time_limit_s} reads as {@code time limit (s)}. */
    private static String name(String key) {
        return key.endsWith("_s") ? key.substring(0, key.length() - 2).replace('_', ' ') + " (s)"
                : key.replace('_', ' ');
    }
}
