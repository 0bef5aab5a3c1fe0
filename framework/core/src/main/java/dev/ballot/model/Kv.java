package dev.ballot.model;

import dev.ballot.history.Operation;
import java.util.List;

/**
 * Independent cas-registers, one per {@code key}. Checked per key: {@link #partition} splits the
 * history, and each part is a plain {@link CasRegister} history.
 */
public final class Kv implements Model {
    private final CasRegister register;

    public Kv(Object initial, boolean nilReadsMatchAny) {
        this.register = CasRegister.casRegister(initial, nilReadsMatchAny);
    }

    @Override
    public String name() {
        return "kv";
    }

    @Override
    public Object init() {
        return register.init();
    }

    /** The model of one key's part of the history. */
    public CasRegister perKey() {
        return register;
    }

    @Override
    public Object step(Object state, Operation op) {
        return register.step(state, op);
    }

    @Override
    public List<List<Operation>> partition(List<Operation> operations) {
        return Partitions.byKey(operations);
    }

    @Override
    public boolean isReadOnly(Operation op) {
        return register.isReadOnly(op);
    }

    @Override
    public String validate(Operation op) {
        return op.key() == null ? "the kv model needs a key on every operation" : register.validate(op);
    }
}
