package dev.ballot.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A workload's operation mix: a deterministic sequence of invocations drawn from a seeded
 * generator, so that a seed replays the same operations in the same order (which process runs
 * each, and when, depends on the run). Not thread-safe; {@link Generator} serializes access.
 */
public interface Workload {

    /** {@code register} or {@code agreement}. */
    String name();

    /** The kinds of operation that must each succeed at least once for a run to show anything. */
    List<String> fs();

    /** The next operation of the mix. */
    Invocation next();

    /** The keys that must serve a successful operation after the final heal (liveness). */
    List<Object> liveKeys();

    /** The final reads: what every node holds for every key the run used. */
    List<Invocation> finalReads(List<String> nodes);

    /**
     * Does an ok completion of {@code f} carry a result (a read's value, a propose's decided
     * value)? Otherwise the completion repeats the invocation's argument, as in Jepsen.
     */
    boolean returnsResult(String f);

    /**
     * The workload called {@code name}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    static Workload create(String name, List<String> nodes, RandomGenerator random) {
        return switch (name) {
            case RegisterWorkload.NAME -> new RegisterWorkload(RegisterWorkload.KEYS, random);
            case AgreementWorkload.NAME -> new AgreementWorkload(nodes,
                    AgreementWorkload.ACTIVE, AgreementWorkload.PROPOSES, random);
            default -> throw new IllegalArgumentException("unknown workload '" + name
                    + "'; known: register, agreement");
        };
    }
}
