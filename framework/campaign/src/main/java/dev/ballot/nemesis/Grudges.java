package dev.ballot.nemesis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * Pure, seeded ways to choose a grudge, after Jepsen's {@code jepsen.nemesis}: the same nodes and
 * the same generator state always give the same grudge. Nothing here touches a network; a
 * {@link Net} applies the result.
 */
public final class Grudges {
    /** The strategies {@link #random} chooses among, by the name a history shows. */
    public static final Map<String, BiFunction<List<String>, RandomGenerator, Grudge>> STRATEGIES =
            Map.of("halves", (nodes, random) -> halves(nodes),
                    "random-halves", Grudges::randomHalves,
                    "isolate-one", Grudges::isolateOne,
                    "majorities-ring", Grudges::majoritiesRing,
                    "bridge", Grudges::bridge,
                    "one-way", Grudges::oneWay);
    private static final List<String> NAMES = STRATEGIES.keySet().stream().sorted().toList();

    /**
     * Strategies aimed at the leader, by name: the partitions under which an old leader may go on
     * answering its clients (whose links the grudge leaves alone) after the majority has moved on.
     */
    public static final Map<String, LeaderGrudge> LEADER_STRATEGIES =
            Map.of("isolate-leader", (leader, nodes, random) -> isolate(leader, nodes),
                    "leader-minority", Grudges::leaderMinority);
    private static final List<String> LEADER_NAMES =
            LEADER_STRATEGIES.keySet().stream().sorted().toList();

    /** Chooses a grudge around a given leader. */
    @FunctionalInterface
    public interface LeaderGrudge {
        Grudge apply(String leader, List<String> nodes, RandomGenerator random);
    }

    private Grudges() {
    }

    /**
     * Each node drops the packets of every node outside its own component (Jepsen's
     * {@code complete-grudge}). Components may overlap; a node in several hears them all.
     */
    public static Grudge complete(Collection<? extends Collection<String>> components) {
        Set<String> all = new HashSet<>();
        components.forEach(all::addAll);
        Map<String, Set<String>> heard = new HashMap<>();
        for (Collection<String> component : components) {
            for (String node : component) {
                heard.computeIfAbsent(node, n -> new HashSet<>()).addAll(component);
            }
        }
        Map<String, List<String>> drops = new HashMap<>();
        for (String node : all) {
            drops.put(node, all.stream().filter(other -> !heard.get(node).contains(other)).toList());
        }
        return Grudge.of(drops);
    }

    /** The first ⌊n/2⌋ nodes against the rest, in the order given (Jepsen's {@code bisect}). */
    public static Grudge halves(List<String> nodes) {
        int half = nodes.size() / 2;
        return complete(List.of(nodes.subList(0, half), nodes.subList(half, nodes.size())));
    }

    /** Halves of a shuffled copy: a random minority against a random majority. */
    public static Grudge randomHalves(List<String> nodes, RandomGenerator random) {
        return halves(Picks.shuffled(nodes, random));
    }

    /** One random node cut off from all others, both ways (Jepsen's {@code split-one}). */
    public static Grudge isolateOne(List<String> nodes, RandomGenerator random) {
        return isolate(Picks.one(nodes, random), nodes);
    }

    /** {@code loner} cut off from all others, both ways. */
    public static Grudge isolate(String loner, List<String> nodes) {
        return isolate(List.of(loner), nodes);
    }

    /** {@code group} together, cut off from all other nodes, both ways. */
    public static Grudge isolate(Collection<String> group, List<String> nodes) {
        List<String> rest = nodes.stream().filter(n -> !group.contains(n)).toList();
        return complete(List.of(List.copyOf(group), rest));
    }

    /** How many nodes the largest minority of {@code nodes} holds: fewer than half of them. */
    public static int largestMinority(int nodes) {
        return (nodes - 1) / 2;
    }

    /**
     * The leader with random others in the largest minority, against the rest: the majority can
     * elect a new leader while the old one still has company, so it may keep believing it leads.
     */
    public static Grudge leaderMinority(String leader, List<String> nodes, RandomGenerator random) {
        List<String> others = Picks.shuffled(nodes.stream().filter(n -> !n.equals(leader)).toList(),
                random);
        List<String> minority = new ArrayList<>(List.of(leader));
        minority.addAll(others.subList(0, Math.max(0, largestMinority(nodes.size()) - 1)));
        List<String> rest = nodes.stream().filter(n -> !minority.contains(n)).toList();
        return complete(List.of(minority, rest));
    }

    /**
     * Every node hears a majority, but no two nodes the same one (Jepsen's
     * {@code majorities-ring}): nodes are placed on a shuffled ring and each hears the window of
     * a majority centred on itself. With five nodes, each hears only its two ring neighbours.
     */
    public static Grudge majoritiesRing(List<String> nodes, RandomGenerator random) {
        List<String> ring = Picks.shuffled(nodes, random);
        int n = ring.size();
        int majority = n / 2 + 1;
        Map<String, List<String>> drops = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> heard = new HashSet<>();
            for (int k = 0; k < majority; k++) {
                heard.add(ring.get(Math.floorMod(i - majority / 2 + k, n)));
            }
            drops.put(ring.get(i), ring.stream().filter(other -> !heard.contains(other)).toList());
        }
        return Grudge.of(drops);
    }

    /**
     * Two halves joined by one bridge node that hears, and is heard by, both (Jepsen's
     * {@code bridge}): each half alone is a minority, either half plus the bridge a majority.
     */
    public static Grudge bridge(List<String> nodes, RandomGenerator random) {
        List<String> shuffled = Picks.shuffled(nodes, random);
        int half = shuffled.size() / 2;
        List<String> left = new ArrayList<>(shuffled.subList(0, half + 1));
        List<String> right = new ArrayList<>(shuffled.subList(half, shuffled.size()));
        // The bridge is in both components, so it hears both and both hear it.
        return complete(List.of(left, right));
    }

    /**
     * One random node drops the packets of every other node, while they all still hear it: it
     * can send prepares and accepts but never hears the promises, a one-way partition.
     */
    public static Grudge oneWay(List<String> nodes, RandomGenerator random) {
        String deaf = Picks.one(nodes, random);
        return Grudge.of(Map.of(deaf, nodes.stream().filter(n -> !n.equals(deaf)).toList()));
    }

    /** The name of a strategy chosen at random, see {@link #STRATEGIES}. */
    public static String randomStrategy(RandomGenerator random) {
        return Picks.one(NAMES, random);
    }

    /** The name of a leader strategy chosen at random, see {@link #LEADER_STRATEGIES}. */
    public static String randomLeaderStrategy(RandomGenerator random) {
        return Picks.one(LEADER_NAMES, random);
    }
}
