package dev.ballot.nemesis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fault aimed at whichever node leads when it begins. The leader cannot be known when the
 * schedule is planned, so the window carries this instead of faults and is resolved at its start
 * time; everything else (kind, strategy, the other nodes drawn) comes from {@code seed}, so a seed
 * replays the same choices given the same leader. The resolved faults name their targets, so the
 * history says which node led.
 *
 * @param kind the kind of fault: a partition, crash, amnesia or pause of the leader, or its clock
 *     set back
 * @param strategy for a partition, a name in {@link Grudges#LEADER_STRATEGIES}; else ignored
 * @param count for other kinds, how many nodes the fault acts on: the leader and {@code count - 1}
 *     others drawn by the seed
 * @param seed draws the rest of the fault, and a leader when none is known
 */
public record LeaderTarget(FaultKind kind, String strategy, int count, long seed) implements Aim {

    /** The leader to aim at: the first of {@code primaries}, or a seeded random node if none. */
    String leader(List<String> primaries, List<String> nodes) {
        List<String> known = primaries.stream().filter(nodes::contains).sorted().toList();
        return known.isEmpty() ? Picks.one(nodes, new SplittableRandom(seed)) : known.get(0);
    }

    /** The leader first, then {@code count - 1} other nodes drawn by {@code random}. */
    private List<String> withOthers(String leader, List<String> nodes, SplittableRandom random) {
        List<String> others = nodes.stream().filter(node -> !node.equals(leader)).toList();
        List<String> targets = new ArrayList<>(List.of(leader));
        targets.addAll(Picks.some(others, Math.min(count, nodes.size()) - 1, random));
        return targets;
    }

    /** The window's faults, aimed at the leader among {@code primaries}. */
    FaultWindow resolve(FaultWindow window, List<String> primaries, List<String> nodes) {
        String leader = leader(primaries, nodes);
        SplittableRandom random = new SplittableRandom(seed);
        return switch (kind) {
            case PARTITION -> FaultSchedule.partition(Grudges.LEADER_STRATEGIES.get(strategy)
                    .apply(leader, nodes, random), window.startNanos(), window.stopNanos());
            case CLOCK -> FaultSchedule.clocksBehind(withOthers(leader, nodes, random),
                    window.startNanos(), window.stopNanos(), random);
            default -> FaultSchedule.window(kind, withOthers(leader, nodes, random), nodes,
                    window.startNanos(), window.stopNanos(), random);
        };
    }
}
