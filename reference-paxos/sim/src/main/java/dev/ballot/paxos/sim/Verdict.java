package dev.ballot.paxos.sim;

import dev.ballot.checker.AgreementChecker;
import dev.ballot.checker.Budget;
import dev.ballot.checker.CheckResult;
import dev.ballot.checker.LinearizabilityChecker;
import dev.ballot.history.History;
import dev.ballot.model.Models;
import java.util.ArrayList;
import java.util.List;

/**
 * What the framework's checkers say of a simulated history, the same checkers a campaign against
 * real nodes uses: linearizability under the workload's model, and for the single decree also
 * agreement, validity and stability ({@link AgreementChecker}). The monitors see the nodes from
 * inside; these see only what clients saw, so a mutant they catch is caught the way a black-box
 * campaign would catch it.
 *
 * @param results every checker's result, in a fixed order
 */
public record Verdict(List<CheckResult> results) {
    /** Seconds one check may take; far more than the polynomial check of unique values needs. */
    private static final double SECONDS = 20;
    private static final long BYTES = 256L << 20;

    public Verdict {
        results = List.copyOf(results);
    }

    /** Checks {@code history}, recorded under {@code workload}. */
    public static Verdict of(Workload workload, History history) {
        List<CheckResult> results = new ArrayList<>();
        if (workload == Workload.AGREEMENT) {
            results.addAll(AgreementChecker.check(history).values());
        }
        LinearizabilityChecker linearizable =
                LinearizabilityChecker.of(Models.byName(workload.model(), null, false), Budget.of(SECONDS, BYTES));
        results.add(linearizable.check(history));
        return new Verdict(results);
    }

    /** Every checker found the history valid. */
    public boolean valid() {
        return results.stream().allMatch(CheckResult::isValid);
    }

    /** Some checker found the history invalid. */
    public boolean invalid() {
        return results.stream().anyMatch(CheckResult::isInvalid);
    }

    /** The first result that is not valid, with its counterexample or reason, or null. */
    public String problem() {
        for (CheckResult result : results) {
            if (result instanceof CheckResult.Invalid invalid) {
                return result.checker() + " is invalid: " + invalid.counterexample().toText();
            } else if (result instanceof CheckResult.Unknown unknown) {
                return result.checker() + " is unknown: " + unknown.reason();
            }
        }
        return null;
    }
}
