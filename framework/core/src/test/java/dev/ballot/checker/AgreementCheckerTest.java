package dev.ballot.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.model.WriteOnce;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agreement, validity and stability on small single-decree histories. */
class AgreementCheckerTest {
    private final List<Op> ops = new ArrayList<>();

    /** A complete operation: invoke then complete, on {@code node}. */
    private AgreementCheckerTest op(int process, String f, Object input, OpType outcome,
                                    Object output, String node) {
        ops.add(new Op(ops.size(), OpType.INVOKE, process, f, input, null, Op.NO_TIME, node, null));
        ops.add(new Op(ops.size(), outcome, process, f, output, null, Op.NO_TIME, node, null));
        return this;
    }

    private Map<String, CheckResult> check() {
        return AgreementChecker.check(History.of(ops));
    }

    @Test
    void oneDecidedValueSeenEverywhereIsValid() {
        op(0, "propose", 1L, OpType.OK, 1L, "n1").op(1, "propose", 2L, OpType.OK, 1L, "n2")
                .op(2, "read", null, OpType.OK, 1L, "n3").op(3, "read", null, OpType.OK, 1L, "n1");
        check().values().forEach(result -> assertTrue(result.isValid(), result.toString()));
        assertTrue(LinearizabilityChecker.of(new WriteOnce(null, false), Budget.standard())
                .check(History.of(ops)).isValid());
    }

    @Test
    void twoDecidedValuesBreakAgreement() {
        op(0, "propose", 1L, OpType.OK, 1L, "n1").op(1, "propose", 2L, OpType.OK, 2L, "n2");
        Map<String, CheckResult> results = check();
        assertTrue(results.get("agreement").isInvalid());
        assertTrue(results.get("validity").isValid());
        assertTrue(LinearizabilityChecker.of(new WriteOnce(null, false), Budget.standard())
                .check(History.of(ops)).isInvalid());
    }

    @Test
    void aValueNobodyProposedBreaksValidity() {
        op(0, "propose", 1L, OpType.FAIL, null, "n1").op(1, "read", null, OpType.OK, 1L, "n2");
        CheckResult validity = check().get("validity");
        assertTrue(validity.isInvalid());
        assertTrue(((CheckResult.Invalid) validity).counterexample().explanation()
                .contains("never proposed"));
    }

    @Test
    void aNodeThatChangesItsDecisionBreaksStability() {
        op(0, "read", null, OpType.OK, 1L, "n1").op(1, "propose", 2L, OpType.INFO, null, "n2")
                .op(2, "read", null, OpType.OK, 2L, "n1");
        Map<String, CheckResult> results = check();
        assertTrue(results.get("stability").isInvalid());
        assertTrue(results.get("agreement").isInvalid());
    }

    @Test
    void instancesAreCheckedPerKey() {
        ops.add(new Op(0, OpType.INVOKE, 0, "propose", 1L, "a", Op.NO_TIME, "n1", null));
        ops.add(new Op(1, OpType.OK, 0, "propose", 1L, "a", Op.NO_TIME, "n1", null));
        ops.add(new Op(2, OpType.INVOKE, 1, "propose", 2L, "b", Op.NO_TIME, "n2", null));
        ops.add(new Op(3, OpType.OK, 1, "propose", 2L, "b", Op.NO_TIME, "n2", null));
        check().values().forEach(result -> assertTrue(result.isValid(), result.toString()));
        assertEquals(List.of("agreement", "validity", "stability"), List.copyOf(check().keySet()));
    }
}
