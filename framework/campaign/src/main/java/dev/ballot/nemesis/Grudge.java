package dev.ballot.nemesis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who refuses to hear whom: for each node, the set of nodes whose packets it drops. This is
 * Jepsen's grudge. It is one-way capable: if A drops B's packets but B does not drop A's, then B
 * still hears A. A symmetric partition is a grudge in which every drop is mutual.
 *
 * <p>Nodes without an entry drop nothing. Entries are kept sorted, so that the same grudge always
 * renders the same way in a history.
 *
 * @param drops for each node, the nodes whose packets it drops (never itself)
 */
public record Grudge(SortedMap<String, SortedSet<String>> drops) {

    public Grudge {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        drops.forEach((node, from) -> {
            if (from.contains(node)) {
                throw new IllegalArgumentException(node + " cannot drop its own packets");
            }
            if (!from.isEmpty()) {
                copy.put(node, Collections.unmodifiableSortedSet(new TreeSet<>(from)));
            }
        });
        drops = Collections.unmodifiableSortedMap(copy);
    }

    /** The grudge of a healed network: nobody drops anything. */
    public static Grudge none() {
        return new Grudge(new TreeMap<>());
    }

    /** Builds a grudge from any map of node to the nodes it drops. */
    public static Grudge of(Map<String, ? extends Collection<String>> drops) {
        SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
        drops.forEach((node, from) -> sorted.put(node, new TreeSet<>(from)));
        return new Grudge(sorted);
    }

    /** Only {@code dropper} drops the packets of {@code from}; {@code from} still hears it. */
    public static Grudge oneWay(String dropper, String from) {
        return of(Map.of(dropper, List.of(from)));
    }

    /** Does {@code node} drop the packets that {@code from} sends it? */
    public boolean drops(String node, String from) {
        SortedSet<String> dropped = drops.get(node);
        return dropped != null && dropped.contains(from);
    }

    /** Does a packet sent by {@code from} arrive at {@code to} under this grudge? */
    public boolean delivers(String from, String to) {
        return !drops(to, from);
    }

    public boolean isEmpty() {
        return drops.isEmpty();
    }

    /** The nodes that drop something or whose packets are dropped: the fault's targets. */
    public List<String> targets() {
        SortedSet<String> targets = new TreeSet<>(drops.keySet());
        drops.values().forEach(targets::addAll);
        return List.copyOf(targets);
    }

    /**
     * The order in which a mechanism that cannot cut every link at once should apply this grudge:
     * waves of nodes, each wave the nodes that drop equally many peers, those that drop the most
     * first (nodes in each wave in the order given). A node cut off from the majority drops more
     * peers than any node of the majority drops, so it stops hearing the others before they stop
     * hearing it. The other order leaves a moment in which the majority, deaf to an old leader,
     * elects a successor whose first messages still reach the old leader (which does not drop them
     * yet) and depose it: the cut would be announced to the very node it isolates. A heal is one
     * wave.
     */
    public List<List<String>> waves(Collection<String> nodes) {
        SortedMap<Integer, List<String>> byDrops = new TreeMap<>(Comparator.reverseOrder());
        for (String node : nodes) {
            SortedSet<String> dropped = drops.get(node);
            byDrops.computeIfAbsent(dropped == null ? 0 : dropped.size(), k -> new ArrayList<>())
                    .add(node);
        }
        return byDrops.values().stream().map(List::copyOf).toList();
    }

    /** Plain data for a history event: node to the sorted list of nodes it drops. */
    public Map<String, List<String>> toValue() {
        SortedMap<String, List<String>> value = new TreeMap<>();
        drops.forEach((node, from) -> value.put(node, List.copyOf(from)));
        return Collections.unmodifiableSortedMap(value);
    }
}
