package dev.ballot.model;

import dev.ballot.history.Operation;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A single register with {@code read}, {@code write} and, unless built as a plain register,
 * {@code cas [expected new]}. The state is the register's value.
 *
 * <p>With {@code nilReadsMatchAny} a read that returned nil constrains nothing (Knossos' register
 * convention); otherwise nil means "absent" and must match the state.
 */
public final class CasRegister implements ValueModel {
    private final String name;
    private final Object initial;
    private final boolean nilReadsMatchAny;
    private final boolean casAllowed;

    private CasRegister(String name, Object initial, boolean nilReadsMatchAny, boolean casAllowed) {
        this.name = name;
        this.initial = initial;
        this.nilReadsMatchAny = nilReadsMatchAny;
        this.casAllowed = casAllowed;
    }

    /** The {@code register} model: read and write. */
    public static CasRegister register(Object initial, boolean nilReadsMatchAny) {
        return new CasRegister("register", initial, nilReadsMatchAny, false);
    }

    /** The {@code cas-register} model: read, write and cas. */
    public static CasRegister casRegister(Object initial, boolean nilReadsMatchAny) {
        return new CasRegister("cas-register", initial, nilReadsMatchAny, true);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Object init() {
        return initial;
    }

    public boolean nilReadsMatchAny() {
        return nilReadsMatchAny;
    }

    @Override
    public Object step(Object state, Operation op) {
        switch (op.f()) {
            case "read":
                if (!op.isOk() || (nilReadsMatchAny && op.output() == null)) {
                    return state;
                }
                return Objects.equals(op.output(), state) ? state : INCONSISTENT;
            case "write":
                return op.input();
            case "cas":
                List<?> cas = (List<?>) op.input();
                return Objects.equals(cas.get(0), state) ? cas.get(1) : INCONSISTENT;
            default:
                throw new AssertionError(op.f());
        }
    }

    @Override
    public boolean isReadOnly(Operation op) {
        return op.f().equals("read");
    }

    @Override
    public Object written(Operation op) {
        return switch (op.f()) {
            case "write" -> op.input();
            case "cas" -> ((List<?>) op.input()).get(1);
            default -> NONE;
        };
    }

    @Override
    public void observed(Operation op, Consumer<Object> sink) {
        if (op.f().equals("cas")) {
            sink.accept(((List<?>) op.input()).get(0));
        } else if (op.f().equals("read") && op.isOk()
                && !(nilReadsMatchAny && op.output() == null)) {
            sink.accept(op.output());
        }
    }

    @Override
    public String validate(Operation op) {
        return switch (op.f()) {
            case "read", "write" -> null;
            case "cas" -> !casAllowed ? "the register model has no cas; use cas-register"
                    : op.input() instanceof List<?> l && l.size() == 2 ? null
                    : "cas takes [expected new], got " + Describe.value(op.input());
            default -> "unknown operation '" + op.f() + "' for the " + name + " model";
        };
    }
}
