package dev.ballot.nemesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A network fault aimed at the nodes whose clocks are set back when it begins, so that a node
 * whose clock runs behind is the one cut off (or made to lose packets) from the rest while its
 * clock is wrong: a wall-clock lease then outlasts the leadership it was granted for, because
 * the majority elects a successor behind the cut. The clocks are those the overlapping clock
 * windows set back ({@link Fault.ClockOffset} with negative seconds), known only once those
 * windows have begun, since a clock fault aimed at the leader is resolved as it begins.
 *
 * <p>A partition isolates the set-back nodes, both ways, from the rest; a packet loss drops what
 * they receive. Either acts on at most a minority of the cluster (at least one node), taken in
 * the order the clock faults name them, the leader first: a majority cut off would leave the rest
 * unable to elect anyone.
 *
 * @param kind {@link FaultKind#PARTITION} or {@link FaultKind#LOSS}
 * @param seed draws the rest of the fault (the loss probability)
 */
public record SkewedTarget(FaultKind kind, long seed) implements Aim {

    public SkewedTarget {
        if (kind.family() != FaultKind.Family.NETWORK) {
            throw new IllegalArgumentException("only a network fault follows the clocks: " + kind);
        }
    }

    /**
     * The nodes whose clocks {@code begun} windows in force at {@code nanos} set back, in the
     * order those windows name them, each once.
     */
    static List<String> behind(List<FaultWindow> begun, long nanos) {
        List<String> nodes = new ArrayList<>();
        begun.stream().filter(Objects::nonNull)
                .filter(w -> w.startNanos() <= nanos && nanos < w.stopNanos())
                .flatMap(w -> w.start().stream())
                .filter(f -> f instanceof Fault.ClockOffset offset && offset.seconds() < 0)
                .map(f -> ((Fault.ClockOffset) f).node())
                .filter(node -> !nodes.contains(node))
                .forEach(nodes::add);
        return nodes;
    }

    /**
     * The window's faults, aimed at the nodes whose clocks {@code begun} (the schedule's windows
     * begun so far, as resolved) holds back at its start.
     *
     * @throws IllegalStateException if no clock is set back then: the schedule aims a window
     *     this way only while a clock window that sets clocks back is planned to hold
     */
    FaultWindow resolve(FaultWindow window, List<FaultWindow> begun, List<String> nodes) {
        List<String> behind = behind(begun, window.startNanos());
        if (behind.isEmpty()) {
            throw new IllegalStateException("no clock is behind at " + window.startNanos()
                    + " ns to aim the network fault at");
        }
        int minority = Math.max(1, Grudges.largestMinority(nodes.size()));
        List<String> cut = behind.subList(0, Math.min(minority, behind.size()));
        if (kind == FaultKind.PARTITION) {
            return FaultSchedule.partition(Grudges.isolate(cut, nodes), window.startNanos(),
                    window.stopNanos());
        }
        SplittableRandom random = new SplittableRandom(seed);
        return new FaultWindow(window.startNanos(), List.of(new Fault.PacketLoss(cut,
                FaultSchedule.LOSS[random.nextInt(FaultSchedule.LOSS.length)])),
                window.stopNanos(), List.of(new Fault.Heal()));
    }
}
