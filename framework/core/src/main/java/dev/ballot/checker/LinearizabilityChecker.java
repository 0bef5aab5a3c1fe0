package dev.ballot.checker;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import dev.ballot.model.CasRegister;
import dev.ballot.model.Kv;
import dev.ballot.model.Model;
import dev.ballot.model.ValueModel;
import java.util.List;

/**
 * Is the history linearizable with respect to a model?
 *
 * <p>The history is split into independent parts ({@link Model#partition}: one per key for
 * {@code kv}), checked in parallel. Each part is pruned ({@link Pruning}); a register part whose
 * written values are unique is decided in polynomial time ({@link UniqueValuesCheck}); any other
 * part by the WGL search ({@link WglSearch}) within the {@link Budget}. The parts' verdicts
 * combine as Jepsen's do: invalid beats unknown beats valid.
 */
public final class LinearizabilityChecker implements Checker {
    public static final String NAME = "linearizable";

    private final Model model;
    private final Model partModel;
    private final Budget budget;
    private final boolean searchOnly;

    private LinearizabilityChecker(Model model, Budget budget, boolean searchOnly) {
        this.model = model;
        this.partModel = model instanceof Kv kv ? kv.perKey() : model;
        this.budget = budget;
        this.searchOnly = searchOnly;
    }

    public static LinearizabilityChecker of(Model model, Budget budget) {
        return new LinearizabilityChecker(model, budget, false);
    }

    /** A checker that always searches, even where values are unique: for cross-checking. */
    public static LinearizabilityChecker searchOnly(Model model, Budget budget) {
        return new LinearizabilityChecker(model, budget, true);
    }

    @Override
    public CheckResult check(History history) {
        return check(history.operations());
    }

    /** @throws UncheckableHistoryException if an operation does not fit the model */
    public CheckResult check(List<Operation> operations) {
        for (Operation op : operations) {
            String problem = model.validate(op);
            if (problem != null) {
                throw new UncheckableHistoryException(op, problem);
            }
        }
        List<List<Operation>> parts = model.partition(operations);
        List<CheckResult> results = (parts.size() == 1 ? parts.stream() : parts.parallelStream())
                .map(this::checkPart)
                .toList();
        return CheckResult.worst(NAME, results);
    }

    private CheckResult checkPart(List<Operation> part) {
        try {
            List<Operation> pruned = Pruning.prune(partModel, part);
            if (partModel instanceof ValueModel values) {
                CheckResult phantom = PhantomValues.find(NAME, values, pruned);
                if (phantom != null) {
                    return phantom;
                }
            }
            if (!searchOnly && partModel instanceof CasRegister register) {
                CheckResult decided = UniqueValuesCheck.check(NAME, register, pruned);
                if (decided != null) {
                    return decided;
                }
            }
            return new WglSearch(NAME, partModel, pruned, budget).run();
        } catch (OutOfMemoryError e) {
            return new CheckResult.Unknown(NAME, "out of memory");
        } catch (RuntimeException e) {
            // A crashing checker yields unknown, never a crash of the caller (as in Jepsen).
            return new CheckResult.Unknown(NAME, "checker failed: " + e);
        }
    }
}
