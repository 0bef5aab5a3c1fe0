package dev.ballot.runner;

import dev.ballot.checker.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The verdict of a run, from its checkers and its facts. A violation found stands whatever else
 * went wrong: invalid. Otherwise a fault that could not be applied or verified makes the run an
 * error. Otherwise a run that could not show anything is unknown, never valid: a checker gave up,
 * the cluster was not healthy before the faults, some kind of operation never succeeded, or the
 * faults asked for were not applied.
 *
 * @param verdict the verdict
 * @param reasons why, in words, for anything but valid
 */
record Judgement(Verdict verdict, List<String> reasons) {

    static Judgement of(Map<String, CheckResult> checks, RunFacts facts) {
        List<String> invalid = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        checks.forEach((name, result) -> {
            if (result instanceof CheckResult.Invalid bad) {
                invalid.add(name + ": " + bad.counterexample().explanation());
            } else if (result instanceof CheckResult.Unknown gaveUp) {
                unknown.add(name + " could not decide: " + gaveUp.reason());
            }
        });
        if (!invalid.isEmpty()) {
            return new Judgement(Verdict.INVALID, invalid);
        }
        if (!facts.errors().isEmpty()) {
            return new Judgement(Verdict.ERROR, facts.errors());
        }
        if (!facts.unhealthy().isEmpty()) {
            unknown.add("the cluster was not healthy before the faults: " + facts.unhealthy()
                    + " never served a read");
        }
        facts.neverOk().forEach(f -> unknown.add("no " + f + " ever succeeded"));
        if (facts.faultsRequested() && facts.faultsPlanned() == 0) {
            unknown.add("the time limit leaves no room for a fault: raise it above the fault interval");
        } else if (facts.faultsPlanned() > 0 && facts.faultsApplied() == 0) {
            unknown.add("no fault was applied");
        }
        return unknown.isEmpty() ? new Judgement(Verdict.VALID, List.of())
                : new Judgement(Verdict.UNKNOWN, unknown);
    }
}
