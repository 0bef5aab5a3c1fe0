package dev.ballot.sut;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one node of the system is started, as data: a command template, its environment, where its
 * durable state lives, its ports and how to tell it is ready. A cluster implementation renders it
 * per node with {@link #commandFor}.
 *
 * <p>Placeholders in {@code command} (and in environment values):
 * <ul>
 * <li>{@code {id}}: the node's 1-based position in the cluster;
 * <li>{@code {name}}: the node's name (n1, n2, ...), also its host name on the cluster network;
 * <li>{@code {peers}}: {@code name:peer-port} of every node, this one included, comma-separated, in
 *     node order;
 * <li>{@code {data}}: the durable data directory; {@code {client-port}}, {@code {peer-port}}.
 * </ul>
 * An unknown placeholder is an error, so that a typo fails at once rather than reaching the node.
 *
 * @param command the command line, one element per argument
 * @param environment extra environment variables
 * @param dataDir the durable data directory inside the node: it survives a restart, and amnesia
 *     wipes it; nothing else the node writes is meant to survive
 * @param clientPort the port clients connect to
 * @param peerPort the port nodes talk to each other on
 * @param readiness how to tell a started node is ready
 * @param startTimeout how long a node may take to become ready
 */
public record NodeSpec(List<String> command, Map<String, String> environment, String dataDir,
                       int clientPort, int peerPort, Readiness readiness, Duration startTimeout) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

    public NodeSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /** The command for the node at 1-based position {@code id} of {@code nodes}. */
    public List<String> commandFor(int id, List<String> nodes) {
        Map<String, String> bindings = bindings(id, nodes);
        List<String> rendered = new ArrayList<>(command.size());
        command.forEach(part -> rendered.add(render(part, bindings)));
        return rendered;
    }

    /** The environment for the node at 1-based position {@code id} of {@code nodes}. */
    public Map<String, String> environmentFor(int id, List<String> nodes) {
        Map<String, String> bindings = bindings(id, nodes);
        Map<String, String> rendered = new TreeMap<>();
        environment.forEach((name, value) -> rendered.put(name, render(value, bindings)));
        return rendered;
    }

    private Map<String, String> bindings(int id, List<String> nodes) {
        if (id < 1 || id > nodes.size()) {
            throw new IllegalArgumentException("node id " + id + " of " + nodes.size());
        }
        List<String> peers = nodes.stream().map(n -> n + ":" + peerPort).toList();
        return Map.of("id", Integer.toString(id), "name", nodes.get(id - 1),
                "peers", String.join(",", peers), "data", dataDir,
                "client-port", Integer.toString(clientPort), "peer-port", Integer.toString(peerPort));
    }

    private static String render(String template, Map<String, String> bindings) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = bindings.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown placeholder {" + matcher.group(1)
                        + "} in '" + template + "'; known: " + bindings.keySet());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }
}
