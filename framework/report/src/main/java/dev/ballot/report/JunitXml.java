package dev.ballot.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * JUnit XML, so that CI systems show runs as tests.
 *
 * <p>A run's {@code junit.xml} ({@link #render}): one {@code testsuite} for the run; a
 * {@code testcase} per checker (a {@code failure} for invalid, {@code skipped} for a checker that
 * could not decide), one for liveness (a {@code failure} if some key did not serve again within
 * the bound after the final heal, {@code skipped} if it was not measured) and one named
 * {@code run}, an {@code error} when the run itself could not show anything or a fault could not
 * be applied (verdict unknown or error). Every failure names the store directory and the replay
 * command.
 *
 * <p>A summary of many runs, such as a soak's ({@link #renderRuns}): a {@code testcase} per run,
 * failing when it was invalid and in error when it was unknown or an error, the same way.
 */
public final class JunitXml {
    private JunitXml() {
    }

    /**
     * One run of a summary.
     *
     * @param name the test case's name, e.g. {@code 3 register partition seed 77}
     * @param verdict {@code valid}, {@code invalid}, {@code error} or {@code unknown}
     * @param reasons why it is not valid
     * @param store where its files are, or what became of them
     * @param replay the command that replays it
     * @param seconds how long it took
     */
    public record RunCase(String name, String verdict, List<String> reasons, String store,
                          String replay, double seconds) {
        public RunCase {
            reasons = List.copyOf(reasons);
        }
    }

    /** @param results {@code results.json}; @param store the run's store directory */
    public static String render(JsonNode results, String store) {
        String workload = results.path("campaign").path("workload").asText("campaign");
        String where = "store: " + store + "\nreplay: " + results.path("replay").asText("");
        JunitSuite suite = new JunitSuite("ballot." + workload);
        suite.time(results.path("phases_s").path("final_reads_end").asText("0"));
        for (String name : List.of("verdict", "seed", "replay")) {
            suite.property(name, results.path(name).asText(""));
        }
        suite.property("store", store);
        results.path("checkers").properties().forEach(entry -> {
            Element test = suite.testCase(entry.getKey(), "0");
            JsonNode valid = entry.getValue().path("valid");
            if (valid.isBoolean() && !valid.booleanValue()) {
                JsonNode example = entry.getValue().path("counterexample");
                JunitSuite.outcome(test, "failure", "invalid", example.path("explanation").asText() + " (" + store + ")",
                        example.path("text").asText() + "\n\n" + where);
            } else if (!valid.isBoolean()) {
                JunitSuite.outcome(test, "skipped", null, "could not decide: "
                        + entry.getValue().path("reason").asText(), null);
            }
        });
        liveness(suite, results, where);
        List<String> reasons = new ArrayList<>();
        results.path("reasons").forEach(reason -> reasons.add(reason.asText()));
        verdict(suite.testCase("run", "0"), results.path("verdict").asText("unknown"), reasons,
                where, false);
        return suite.render();
    }

    /**
     * @param suite the suite's name, e.g. {@code ballot.soak}
     * @param properties the suite's properties, in order
     */
    public static String renderRuns(String suite, Map<String, String> properties, List<RunCase> runs) {
        JunitSuite xml = new JunitSuite(suite);
        xml.time(Numbers.fixed(runs.stream().mapToDouble(RunCase::seconds).sum(), 3));
        properties.forEach(xml::property);
        for (RunCase run : runs) {
            Element test = xml.testCase(run.name(), Numbers.fixed(run.seconds(), 3));
            verdict(test, run.verdict(), run.reasons(), "store: " + run.store() + "\nreplay: "
                    + run.replay(), true);
        }
        return xml.render();
    }

    private static void liveness(JunitSuite suite, JsonNode results, String where) {
        Element test = suite.testCase("liveness", "0");
        String text = StoreRunInfo.liveness(results);
        JsonNode liveness = results.path("liveness");
        if (text.equals("not measured")) {
            JunitSuite.outcome(test, "skipped", null, "not measured: the cluster was not healthy before the faults", null);
        } else if (!liveness.path("recovered").asBoolean()) {
            JunitSuite.outcome(test, "failure", "liveness", text + " (" + results.path("replay").asText() + ")", where);
        } else {
            test.setAttribute("time", liveness.path("recovery_s").asText("0"));
        }
    }

    /**
     * An error for a verdict of unknown or error, with the reasons; with {@code invalidFails}, a
     * failure for invalid too (a run's own suite fails its checkers instead).
     */
    private static void verdict(Element test, String verdict, List<String> reasons, String where,
                                boolean invalidFails) {
        boolean failed = invalidFails && verdict.equals("invalid");
        if (failed || verdict.equals("unknown") || verdict.equals("error")) {
            JunitSuite.outcome(test, failed ? "failure" : "error", verdict,
                    verdict + ": " + String.join("; ", reasons),
                    String.join("\n", reasons) + "\n\n" + where);
        }
    }
}
