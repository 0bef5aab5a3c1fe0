package dev.ballot.model;

import java.util.List;

/** The models by the names the command line uses. */
public final class Models {
    public static final List<String> NAMES =
            List.of("register", "cas-register", "write-once", "kv", "multi-register");

    private Models() {
    }

    /**
     * The model called {@code name}, starting from {@code initial}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Model byName(String name, Object initial, boolean nilReadsMatchAny) {
        return switch (name) {
            case "register" -> CasRegister.register(initial, nilReadsMatchAny);
            case "cas-register" -> CasRegister.casRegister(initial, nilReadsMatchAny);
            case "write-once" -> new WriteOnce(initial, nilReadsMatchAny);
            case "kv" -> new Kv(initial, nilReadsMatchAny);
            case "multi-register" -> new MultiRegister(initial, nilReadsMatchAny);
            default -> throw new IllegalArgumentException(
                    "unknown model '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }
}
