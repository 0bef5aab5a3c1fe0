package dev.ballot.runner;

import dev.ballot.nemesis.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options of one campaign: everything that, with the seed, determines its operations and
 * faults. {@link #replayCommand()} is the exact command line that replays it.
 *
 * @param workload register or agreement
 * @param nemesis the fault kinds (empty for none)
 * @param nodes how many nodes
 * @param timeLimit how long operations and faults run before the final heal
 * @param concurrency how many client processes run at once
 * @param rate operations per second over all processes, 0 for no limit
 * @param seed the seed of the operation mix and the fault schedule
 * @param mutant the name of a deliberately broken variant of the system, or null
 * @param store the store directory; a run writes {@code store/<workload>/<timestamp>/}
 * @param leaveRunning leave the cluster running after the run (for the cluster to honour)
 * @param faultInterval how often a fault begins
 * @param faultTargets how many nodes a fault acts on, 0 for a random minority
 * @param overlap whether faults of different families (network, process, clock) may overlap
 * @param clientTimeout how long a client waits for a reply before the operation is info
 * @param livenessBound how long after the final heal every key has to serve again; also how long
 *     the cluster has to become healthy before the faults
 * @param quietPeriod operations keep flowing at least this long after the final heal
 * @param system the system under test as {@code --system} names it: an installed provider's name
 *     or an adapter file's path
 */
public record Campaign(String workload, Set<FaultKind> nemesis, int nodes, Duration timeLimit,
                       int concurrency, double rate, long seed, String mutant, Path store,
                       boolean leaveRunning, Duration faultInterval, int faultTargets, boolean overlap,
                       Duration clientTimeout, Duration livenessBound, Duration quietPeriod,
                       String system) {

    /** The system a campaign tests unless told otherwise: the built-in reference cluster. */
    public static final String DEFAULT_SYSTEM = "reference";

    public static final Duration DEFAULT_FAULT_INTERVAL = Duration.ofSeconds(10);
    public static final Duration DEFAULT_CLIENT_TIMEOUT = Duration.ofSeconds(1);
    public static final Duration DEFAULT_LIVENESS_BOUND = Duration.ofSeconds(30);
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofSeconds(2);

    public Campaign {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(system, "system");
        nemesis = nemesis.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(nemesis));
        if (nodes < 1 || concurrency < 1 || rate < 0 || faultTargets < 0) {
            throw new IllegalArgumentException("nodes and concurrency must be positive, rate and "
                    + "fault targets not negative");
        }
    }

    /** A campaign against the {@link #DEFAULT_SYSTEM}. */
    public Campaign(String workload, Set<FaultKind> nemesis, int nodes, Duration timeLimit,
                    int concurrency, double rate, long seed, String mutant, Path store,
                    boolean leaveRunning, Duration faultInterval, int faultTargets, boolean overlap,
                    Duration clientTimeout, Duration livenessBound, Duration quietPeriod) {
        this(workload, nemesis, nodes, timeLimit, concurrency, rate, seed, mutant, store,
                leaveRunning, faultInterval, faultTargets, overlap, clientTimeout, livenessBound,
                quietPeriod, DEFAULT_SYSTEM);
    }

    /** The same campaign against another system. */
    public Campaign withSystem(String other) {
        return new Campaign(workload, nemesis, nodes, timeLimit, concurrency, rate, seed, mutant,
                store, leaveRunning, faultInterval, faultTargets, overlap, clientTimeout,
                livenessBound, quietPeriod, other);
    }

    /** The defaults of {@code ballot run}, with the given workload, nemesis and seed. */
    public static Campaign of(String workload, Set<FaultKind> nemesis, long seed) {
        return new Campaign(workload, nemesis, 5, Duration.ofSeconds(60), 10, 1000, seed, null,
                Path.of("store"), false, DEFAULT_FAULT_INTERVAL, 0, false, DEFAULT_CLIENT_TIMEOUT,
                DEFAULT_LIVENESS_BOUND, DEFAULT_QUIET_PERIOD);
    }

    /** The nemesis list as the command line takes it: {@code partition,clock} or {@code none}. */
    public String nemesisList() {
        return nemesis.isEmpty() ? "none" : nemesis.stream().sorted().map(FaultKind::wireName)
                .collect(Collectors.joining(","));
    }

    /** What the variant is called: the reference's are mutants, other systems' variants. */
    public String variantWord() {
        return system.equals(DEFAULT_SYSTEM) ? "mutant" : "variant";
    }

    /** The command line that replays this campaign: same options, same seed. */
    public String replayCommand() {
        List<String> words = new ArrayList<>(List.of("bin/ballot", "run"));
        if (!system.equals(DEFAULT_SYSTEM)) {
            words.addAll(List.of("--system", system));
        }
        words.addAll(List.of("--workload", workload, "--nemesis", nemesisList(),
                "--nodes", Integer.toString(nodes), "--time-limit", seconds(timeLimit),
                "--concurrency", Integer.toString(concurrency), "--rate", number(rate),
                "--seed", Long.toString(seed)));
        if (mutant != null) {
            words.addAll(List.of("--" + variantWord(), mutant));
        }
        words.addAll(List.of("--store", store.toString()));
        if (leaveRunning) {
            words.add("--leave-running");
        }
        optional(words, "--fault-interval", faultInterval, DEFAULT_FAULT_INTERVAL);
        if (faultTargets != 0) {
            words.addAll(List.of("--fault-targets", Integer.toString(faultTargets)));
        }
        if (overlap) {
            words.add("--overlap");
        }
        optional(words, "--client-timeout", clientTimeout, DEFAULT_CLIENT_TIMEOUT);
        optional(words, "--liveness-bound", livenessBound, DEFAULT_LIVENESS_BOUND);
        optional(words, "--quiet-period", quietPeriod, DEFAULT_QUIET_PERIOD);
        return String.join(" ", words);
    }

    private static void optional(List<String> words, String option, Duration value,
                                 Duration standard) {
        if (!value.equals(standard)) {
            words.addAll(List.of(option, seconds(value)));
        }
    }

    /** Seconds without a needless fraction: 30, 0.5. */
    static String seconds(Duration duration) {
        return number(duration.toNanos() / 1e9);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
