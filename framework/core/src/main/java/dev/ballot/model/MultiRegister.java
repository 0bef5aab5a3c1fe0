package dev.ballot.model;

import dev.ballot.history.Operation;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several registers read and written together in transactions, as Knossos' multi-register: an
 * operation {@code txn} carries a list of micro-operations {@code [r k v]} / {@code [w k v]}
 * ({@code read}/{@code write} are accepted too). The state maps each register to its value.
 */
public final class MultiRegister implements Model {
    private final Map<Object, Object> initial;
    private final boolean nilReadsMatchAny;

    public MultiRegister(Object initial, boolean nilReadsMatchAny) {
        Map<Object, Object> registers = new HashMap<>();
        if (initial instanceof Map<?, ?> map) {
            registers.putAll(map);
        }
        this.initial = Collections.unmodifiableMap(registers);
        this.nilReadsMatchAny = nilReadsMatchAny;
    }

    @Override
    public String name() {
        return "multi-register";
    }

    @Override
    public Object init() {
        return initial;
    }

    @Override
    public Object step(Object state, Operation op) {
        @SuppressWarnings("unchecked")
        Map<Object, Object> registers = (Map<Object, Object>) state;
        Map<Object, Object> next = null;
        for (Object micro : (List<?>) op.output()) {
            List<?> m = (List<?>) micro;
            Object key = m.get(1);
            Object value = m.get(2);
            Map<Object, Object> current = next == null ? registers : next;
            if (isWrite(m.get(0))) {
                if (next == null) {
                    next = new HashMap<>(registers);
                }
                next.put(key, value);
            } else if (op.isOk() && !(nilReadsMatchAny && value == null)
                    && !Objects.equals(current.get(key), value)) {
                return INCONSISTENT;
            }
        }
        return next == null ? registers : Collections.unmodifiableMap(next);
    }

    private static boolean isWrite(Object f) {
        return "w".equals(f) || "write".equals(f);
    }

    @Override
    public boolean isReadOnly(Operation op) {
        for (Object micro : (List<?>) op.input()) {
            if (isWrite(((List<?>) micro).get(0))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String validate(Operation op) {
        if (!"txn".equals(op.f())) {
            return "unknown operation '" + op.f() + "' for the multi-register model";
        }
        if (!(op.output() instanceof List<?> micros)) {
            return "txn takes a list of [f k v] micro-operations";
        }
        for (Object micro : micros) {
            if (!(micro instanceof List<?> m) || m.size() != 3
                    || !List.of("r", "w", "read", "write").contains(m.get(0))) {
                return "malformed micro-operation " + Describe.value(micro);
            }
        }
        return null;
    }
}
