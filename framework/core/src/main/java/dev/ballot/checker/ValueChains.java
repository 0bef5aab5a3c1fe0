package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.CasRegister;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A register history with unique written values, grouped for {@link UniqueValuesCheck}.
 *
 * <p>Every value v has one writer (a write, a cas, or the initial value) and the operations that
 * observe it: reads of v and the cas that replaces it ({@code cas [v x]}). In a linearization the
 * writer of v comes first, then its reads, then whatever overwrites v; and a cas from v must come
 * directly after v's reads. Values linked by cas therefore form chains whose operations appear in
 * a fixed order of levels, contiguously: {@code write(v1) | reads of v1 | cas [v1 v2] | reads of
 * v2 | ...}.
 */
final class ValueChains {
    /** Stands for the initial value's writer, which takes effect before everything. */
    static final int INITIAL = -1;

    /** One chain: its levels in forced order; a level holds operations in any order. */
    record Chain(List<List<Operation>> levels, boolean startsAtInitial) {
    }

    final List<Chain> chains = new ArrayList<>();
    /** Set when the history is invalid before any ordering question: why, and which ops. */
    String violation;
    List<Operation> culprits = List.of();

    private ValueChains() {
    }

    /**
     * Groups {@code ops} into chains, or returns null if some value is written twice (then the
     * polynomial check does not apply). The operations must be pruned ({@link Pruning}) and free
     * of phantom values ({@link PhantomValues}): every value observed has a writer.
     */
    static ValueChains of(CasRegister model, List<Operation> ops) {
        Map<Object, Operation> writer = new HashMap<>();
        Map<Object, List<Operation>> reads = new HashMap<>();
        Map<Object, Operation> replacedBy = new HashMap<>();
        ValueChains result = new ValueChains();
        for (Operation op : ops) {
            Object written = model.written(op);
            if (written != CasRegister.NONE && (Objects.equals(written, model.init())
                    || writer.putIfAbsent(written, op) != null)) {
                return null;
            }
        }
        for (Operation op : ops) {
            if (op.f().equals("cas")) {
                Object from = ((List<?>) op.input()).get(0);
                Operation other = replacedBy.putIfAbsent(from, op);
                if (other != null) {
                    result.fail("two operations replaced " + show(from) + " by cas, but a unique"
                            + " value can be replaced only once", List.of(other, op));
                    return result;
                }
            } else {
                model.observed(op, value -> reads.computeIfAbsent(value, v -> new ArrayList<>())
                        .add(op));
            }
        }
        List<Object> starts = new ArrayList<>();
        starts.add(model.init());
        for (Map.Entry<Object, Operation> w : writer.entrySet()) {
            if (!w.getValue().f().equals("cas")) {
                starts.add(w.getKey());
            }
        }
        Set<Object> reached = new HashSet<>();
        for (int s = 0; s < starts.size(); s++) {
            List<List<Operation>> levels = new ArrayList<>();
            Object value = starts.get(s);
            if (s > 0) {
                levels.add(List.of(writer.get(value)));
            }
            while (true) {
                reached.add(value);
                levels.add(reads.getOrDefault(value, List.of()));
                Operation cas = replacedBy.get(value);
                if (cas == null) {
                    break;
                }
                levels.add(List.of(cas));
                value = ((List<?>) cas.input()).get(1);
            }
            result.chains.add(new Chain(levels, s == 0));
        }
        // Values written only by cas operations in a cycle that no write starts are never
        // written: such a cas can never take effect, and nothing may have observed its value.
        for (Operation cas : replacedBy.values()) {
            if (cas.isOk() && !reached.contains(model.written(cas))) {
                result.fail("cas operations replace values in a cycle that no write starts",
                        List.of(cas));
                return result;
            }
        }
        for (Map.Entry<Object, List<Operation>> read : reads.entrySet()) {
            if (!reached.contains(read.getKey())) {
                result.fail("read " + show(read.getKey()) + ", which only a cas that can never"
                        + " take effect writes", List.of(read.getValue().get(0)));
                return result;
            }
        }
        return result;
    }

    private void fail(String why, List<Operation> ops) {
        violation = why;
        culprits = ops;
    }

    static String show(Object value) {
        return dev.ballot.model.Describe.value(value);
    }
}
