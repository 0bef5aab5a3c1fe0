package dev.ballot.nemesis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fault as data: what the nemesis does to the cluster, and how the history records it. A fault
 * says nothing of how it is applied; {@link Nemesis} applies it through the mechanisms
 * ({@link Net}, {@link NodeControl}, {@link Clocks}) and verifies that it took hold.
 *
 * <p>Each fault is recorded as a nemesis {@code invoke} and {@code info} pair whose {@code f} is
 * {@link #f()} and whose {@code value} is {@link #value()}, which names the targets.
 */
public sealed interface Fault {

    /** The name the history uses as {@code f}. */
    String f();

    /** The nodes this fault acts on. */
    List<String> targets();

    /** Plain data for the history: the targets and the fault's parameters. */
    default Object value() {
        return targets();
    }

    /** An ordered map for {@link #value()}, so that a fault renders the same way every run. */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** A fault that acts on one node. */
    sealed interface OnNode extends Fault {
        String node();

        default List<String> targets() {
            return List.of(node());
        }
    }

    /** Cut links as the grudge says; replaces any earlier cut. */
    record Partition(Grudge grudge) implements Fault {
        public String f() { return "partition"; }
        public List<String> targets() { return grudge.targets(); }
        @Override public Object value() { return grudge.toValue(); }
    }

    /** Restore every link: remove all cuts and all packet loss. */
    record Heal() implements Fault {
        public String f() { return "heal"; }
        public List<String> targets() { return List.of(); }
        @Override public Object value() { return null; }
    }

    /** Drop each packet the nodes receive with the given probability (0 exclusive, 1 inclusive). */
    record PacketLoss(List<String> nodes, double probability) implements Fault {
        public PacketLoss {
            nodes = List.copyOf(nodes);
            if (!(probability > 0 && probability <= 1)) {
                throw new IllegalArgumentException("loss probability " + probability);
            }
        }
        public String f() { return "loss"; }
        public List<String> targets() { return nodes; }
        @Override public Object value() { return fields("nodes", nodes, "probability", probability); }
    }

    /** Set the node's wall clock to true time plus {@code seconds}; its monotonic clock stays. */
    record ClockOffset(String node, double seconds) implements OnNode {
        public String f() { return "clock-offset"; }
        @Override public Object value() { return fields("node", node, "seconds", seconds); }
    }

    /**
     * Flip the node's wall clock between true time and true time plus {@code seconds} every
     * {@code periodMs}, for {@code durationMs} (Jepsen's clock strobe).
     */
    record ClockStrobe(String node, double seconds, long periodMs, long durationMs) implements OnNode {
        public String f() { return "clock-strobe"; }
        @Override public Object value() {
            return fields("node", node, "seconds", seconds, "period_ms", periodMs,
                    "duration_ms", durationMs);
        }
    }

    /** Put the nodes' wall clocks back to true time (and stop any strobe). */
    record ClockReset(List<String> nodes) implements Fault {
        public ClockReset { nodes = List.copyOf(nodes); }
        public String f() { return "clock-reset"; }
        public List<String> targets() { return nodes; }
    }

    /** SIGKILL the node's process: no chance to flush or say goodbye. */
    record Kill(String node) implements OnNode {
        public String f() { return "kill"; }
    }

    /** Start a dead node again on whatever its data directory holds, and wait until it is ready. */
    record Restart(String node) implements OnNode {
        public String f() { return "restart"; }
    }

    /** Empty a dead node's durable data directory: with Kill and Restart, amnesia. */
    record Wipe(String node) implements OnNode {
        public String f() { return "wipe"; }
    }

    /** Freeze the node's processes (SIGSTOP or {@code docker pause}): alive, but silent. */
    record Pause(String node) implements OnNode {
        public String f() { return "pause"; }
    }

    /** Let a paused node run again. */
    record Resume(String node) implements OnNode {
        public String f() { return "resume"; }
    }
}
