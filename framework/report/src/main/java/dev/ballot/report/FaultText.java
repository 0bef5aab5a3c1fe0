package dev.ballot.report;

import dev.ballot.model.Describe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads a nemesis event's value as people and the timeline need it: which nodes a fault acts on,
 * and a short label. Values are whatever the history recorded: a list of nodes ({@code kill}), a
 * map with {@code nodes} or {@code node} and parameters ({@code loss}, {@code clock-offset}), a
 * grudge (node to the nodes whose packets it drops: {@code partition}), or anything else from
 * another tool (nil, a message), which names no targets.
 */
final class FaultText {
    private FaultText() {
    }

    /** The nodes the value names, sorted. */
    static List<String> targets(Object value) {
        TreeSet<String> nodes = new TreeSet<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Objects::nonNull).forEach(node -> nodes.add(node.toString()));
        } else if (value instanceof Map<?, ?> map && map.containsKey("nodes")) {
            nodes.addAll(targets(map.get("nodes")));
        } else if (value instanceof Map<?, ?> map && map.containsKey("node")) {
            nodes.add(String.valueOf(map.get("node")));
        } else if (value instanceof Map<?, ?> map && isGrudge(map)) {
            map.forEach((node, dropped) -> {
                nodes.add(node.toString());
                nodes.addAll(targets(dropped));
            });
        }
        return List.copyOf(nodes);
    }

    /** For example {@code kill n3}, {@code loss 40% n1 n2}, {@code partition n1 n2 | n3}. */
    static String describe(String f, Object value) {
        if (value == null) {
            return f;
        }
        if (value instanceof Map<?, ?> map && map.containsKey("probability")) {
            double percent = ((Number) map.get("probability")).doubleValue() * 100;
            return f + " " + Numbers.fixed(percent, 1) + "% " + String.join(" ", targets(value));
        }
        if (value instanceof Map<?, ?> map && map.get("seconds") instanceof Number seconds) {
            double s = seconds.doubleValue();
            return f + " " + map.get("node") + " " + (s >= 0 ? "+" : "") + Numbers.fixed(s, 3) + " s"
                    + (map.containsKey("period_ms") ? " every " + map.get("period_ms") + " ms" : "");
        }
        if (value instanceof Map<?, ?> map && isGrudge(map)) {
            return f + " " + grudge(map);
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            List<String> nodes = targets(value);
            return nodes.isEmpty() ? f + " " + Describe.value(value) : f + " " + String.join(" ", nodes);
        }
        return f + " " + value;
    }

    private static boolean isGrudge(Map<?, ?> map) {
        return !map.isEmpty() && map.values().stream().allMatch(v -> v instanceof Collection<?>);
    }

    /**
     * A grudge as the blocks of nodes that still talk ({@code n1 n2 | n3}) when it is a clean
     * partition: every node hears exactly the others of its block. Otherwise (a bridge, a ring, a
     * one-way cut) who drops whom: {@code n1 drops n3; n3 drops n1 n2}.
     */
    private static String grudge(Map<?, ?> map) {
        List<String> nodes = targets(map);
        List<List<String>> blocks = new ArrayList<>();
        for (String node : nodes) {
            List<String> block = blocks.stream().filter(b -> talk(map, b.get(0), node))
                    .findFirst().orElse(null);
            if (block == null) {
                blocks.add(block = new ArrayList<>());
            }
            block.add(node);
        }
        boolean clean = true;
        for (String a : nodes) {
            for (String b : nodes) {
                boolean sameBlock = blocks.stream().anyMatch(bl -> bl.contains(a) && bl.contains(b));
                clean &= a.equals(b) || sameBlock == talk(map, a, b)
                        && (sameBlock || drops(map, a, b) && drops(map, b, a));
            }
        }
        if (clean) {
            return String.join(" | ", blocks.stream().map(b -> String.join(" ", b)).toList());
        }
        List<String> parts = new ArrayList<>();
        map.forEach((node, dropped) -> parts.add(node + " drops " + String.join(" ", targets(dropped))));
        return String.join("; ", parts);
    }

    private static boolean talk(Map<?, ?> grudge, String a, String b) {
        return !drops(grudge, a, b) && !drops(grudge, b, a);
    }

    private static boolean drops(Map<?, ?> grudge, String node, String from) {
        Object dropped = grudge.get(node);
        return dropped != null && targets(dropped).contains(from);
    }
}
