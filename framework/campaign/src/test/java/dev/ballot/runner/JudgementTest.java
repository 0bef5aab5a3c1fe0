package dev.ballot.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.checker.CheckResult;
import dev.ballot.checker.Counterexample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgementTest {
    private static final RunFacts FINE = new RunFacts(List.of(), List.of(), true, 3, 3, List.of());
    private static final Map<String, CheckResult> VALID =
            Map.of("linearizable", new CheckResult.Valid("linearizable"));

    @Test
    void aSoundRunIsValid() {
        assertEquals(new Judgement(Verdict.VALID, List.of()), Judgement.of(VALID, FINE));
    }

    @Test
    void aViolationBeatsAnError() {
        Counterexample example = Counterexample.of(null, List.of(), "stale read");
        Map<String, CheckResult> invalid =
                Map.of("linearizable", new CheckResult.Invalid("linearizable", example));
        RunFacts failed = new RunFacts(List.of(), List.of(), true, 3, 1, List.of("kill failed"));
        assertEquals(Verdict.INVALID, Judgement.of(invalid, failed).verdict());
        assertEquals(Verdict.ERROR, Judgement.of(VALID, failed).verdict());
    }

    @Test
    void aRunThatCouldNotShowAnythingIsUnknown() {
        assertEquals(Verdict.UNKNOWN, Judgement.of(VALID,
                new RunFacts(List.of("n2"), List.of(), true, 3, 3, List.of())).verdict());
        assertEquals(List.of("no cas ever succeeded"), Judgement.of(VALID,
                new RunFacts(List.of(), List.of("cas"), true, 3, 3, List.of())).reasons());
        assertEquals(List.of("no fault was applied"), Judgement.of(VALID,
                new RunFacts(List.of(), List.of(), true, 3, 0, List.of())).reasons());
        assertEquals(Verdict.VALID, Judgement.of(VALID,
                new RunFacts(List.of(), List.of(), false, 0, 0, List.of())).verdict(),
                "no faults asked for, none needed");
    }
}
