package dev.ballot.model;

import dev.ballot.history.Operation;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The single-decree register: the first {@code propose v} (or {@code write v}) that takes effect
 * decides v; every later {@code propose} returns the decided value and changes nothing;
 * {@code read} returns the decided value, or nil while nothing is decided. The state is the
 * decided value, or null. A history may hold many independent instances, one per {@code key}.
 */
public final class WriteOnce implements ValueModel {
    private final Object initial;
    private final boolean nilReadsMatchAny;

    public WriteOnce(Object initial, boolean nilReadsMatchAny) {
        this.initial = initial;
        this.nilReadsMatchAny = nilReadsMatchAny;
    }

    @Override
    public String name() {
        return "write-once";
    }

    @Override
    public Object init() {
        return initial;
    }

    @Override
    public Object step(Object state, Operation op) {
        Object decided = state == null ? op.input() : state;
        switch (op.f()) {
            case "propose":
                // An ok propose reports the decided value, whoever proposed it.
                return !op.isOk() || Objects.equals(op.output(), decided) ? decided : INCONSISTENT;
            case "write":
                // A write that succeeds must be the deciding one, or repeat the decided value.
                return !op.isOk() || Objects.equals(op.input(), decided) ? decided : INCONSISTENT;
            case "read":
                if (!op.isOk() || (nilReadsMatchAny && op.output() == null)) {
                    return state;
                }
                return Objects.equals(op.output(), state) ? state : INCONSISTENT;
            default:
                throw new AssertionError(op.f());
        }
    }

    /** Independent instances, one per key (a key-less history is one instance). */
    @Override
    public List<List<Operation>> partition(List<Operation> operations) {
        return Partitions.byKey(operations);
    }

    @Override
    public boolean isReadOnly(Operation op) {
        return op.f().equals("read");
    }

    @Override
    public Object written(Operation op) {
        return op.f().equals("read") ? NONE : op.input();
    }

    /**
     * A read observes the decided value it returns; so does a propose, unless it returns its own
     * value (then it may have decided it itself, and needs no other write of it).
     */
    @Override
    public void observed(Operation op, Consumer<Object> sink) {
        if (!op.isOk() || (nilReadsMatchAny && op.output() == null)) {
            return;
        }
        boolean ownValue = op.f().equals("propose") && Objects.equals(op.output(), op.input());
        if (op.f().equals("read") || (op.f().equals("propose") && !ownValue)) {
            sink.accept(op.output());
        }
    }

    @Override
    public String validate(Operation op) {
        return switch (op.f()) {
            case "propose", "write", "read" -> null;
            default -> "unknown operation '" + op.f() + "' for the write-once model";
        };
    }
}
