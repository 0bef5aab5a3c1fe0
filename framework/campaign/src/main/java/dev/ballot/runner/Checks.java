package dev.ballot.runner;

import dev.ballot.checker.AgreementChecker;
import dev.ballot.checker.Budget;
import dev.ballot.checker.CheckResult;
import dev.ballot.checker.LinearizabilityChecker;
import dev.ballot.generator.AgreementWorkload;
import dev.ballot.generator.RegisterWorkload;
import dev.ballot.history.History;
import dev.ballot.model.Kv;
import dev.ballot.model.WriteOnce;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checkers of each workload: {@code register} is linearizable per key under {@code kv};
 * {@code agreement} satisfies agreement, validity and stability, and is linearizable per instance
 * under {@code write-once}. Nil reads mean "absent" here (Ballot's own histories). A checker that
 * crashes or cannot read the history yields unknown, never a crash of the run.
 */
public final class Checks {
    private Checks() {
    }

    public static Map<String, CheckResult> check(String workload, History history) {
        Map<String, CheckResult> results = new LinkedHashMap<>();
        try {
            switch (workload) {
                case RegisterWorkload.NAME -> results.put(LinearizabilityChecker.NAME,
                        LinearizabilityChecker.of(new Kv(null, false), Budget.standard()).check(history));
                case AgreementWorkload.NAME -> {
                    results.putAll(AgreementChecker.check(history));
                    results.put(LinearizabilityChecker.NAME, LinearizabilityChecker.of(
                            new WriteOnce(null, false), Budget.standard()).check(history));
                }
                default -> throw new IllegalArgumentException("unknown workload " + workload);
            }
        } catch (RuntimeException e) {
            results.put("checker", new CheckResult.Unknown("checker", "the check failed: " + e));
        }
        return results;
    }
}
