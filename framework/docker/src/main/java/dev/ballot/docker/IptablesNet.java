package dev.ballot.docker;

import dev.ballot.nemesis.Grudge;
import dev.ballot.nemesis.Link;
import dev.ballot.nemesis.Net;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts links with iptables inside the containers, as root. Ballot owns two chains in each node's
 * filter table, so that a heal never touches a rule it did not write:
 * <pre>
 * INPUT -> BALLOT        the fault: "-s PEER -j DROP" per cut peer, or a statistic-match DROP
 *       -> BALLOT-SEEN   probe counters: "-s PEER -p udp --dport 7", one per peer
 * </pre>
 * A node that drops a peer's packets drops everything the peer sends it, TCP replies included;
 * what the node sends still leaves. That is the grudge's one-way semantics. Client traffic from
 * the harness comes from the host, whose packets reach a node from the cluster network's gateway
 * (whether they were sent to the node's address or through the published port, whose
 * {@code docker-proxy} connects from the gateway too), from no node's address, and is never cut.
 *
 * <p>Probing a link A→B: a TCP connect from A cannot tell a one-way cut from a two-way one (if B
 * drops A's packets the SYN is lost; if A drops B's packets the SYN-ACK is), so the probe is seen
 * by the receiver. A sends UDP datagrams to B's port 7 (bash's {@code /dev/udp}); B's
 * BALLOT-SEEN rule for A counts the packets that got past BALLOT. The link delivers if B's
 * counter grew. {@link #verify} probes every link with three rounds of one exec per node: read
 * the counters, send to every peer, read them again.
 */
public final class IptablesNet implements Net {
    static final int PROBE_PORT = 7;
    private static final String CHAIN = "BALLOT";
    private static final String SEEN = "BALLOT-SEEN";
    private static final Pattern PROBABILITY = Pattern.compile("--probability ([0-9.]+)");

    private final Map<String, NodeContainer> containers;

    IptablesNet(Map<String, NodeContainer> containers) {
        this.containers = containers;
    }

    /** Creates Ballot's chains and the probe counters in every container; once, at start. */
    void install() {
        Parallel.forEach(containers.values(), node -> {
            StringBuilder script = new StringBuilder("set -e; iptables -N " + CHAIN + "; iptables -N "
                    + SEEN + "; iptables -I INPUT 1 -j " + CHAIN + "; iptables -I INPUT 2 -j " + SEEN);
            for (NodeContainer peer : peers(node)) {
                script.append("; iptables -A " + SEEN + " -s " + peer.ip()
                        + " -p udp --dport " + PROBE_PORT + " -j DROP");
            }
            node.exec().check("root", script.toString(), NodeContainer.EXEC_TIMEOUT);
        });
    }

    /**
     * Applies the grudge wave by wave ({@link Grudge#waves}), the nodes of a wave at once: a
     * node being isolated drops its peers before they drop it.
     */
    @Override
    public void cut(Grudge grudge) {
        for (List<String> wave : grudge.waves(containers.keySet())) {
            Parallel.forEach(wave.stream().map(this::container).toList(), node -> cut(node, grudge));
        }
    }

    /** Replaces the node's cut with the peers the grudge has it drop. */
    private void cut(NodeContainer node, Grudge grudge) {
        StringBuilder script = new StringBuilder("set -e; iptables -F " + CHAIN);
        for (NodeContainer peer : peers(node)) {
            if (grudge.drops(node.name(), peer.name())) {
                script.append("; iptables -A " + CHAIN + " -s " + peer.ip() + " -j DROP");
            }
        }
        node.exec().check("root", script.toString(), NodeContainer.EXEC_TIMEOUT);
    }

    @Override
    public void heal() {
        cut(Grudge.none());
    }

    /** Loss at each of {@code nodes} from every peer, then the rules are read back. */
    @Override
    public void loss(List<String> nodes, double probability) {
        double rounded = Math.round(probability * 1e4) / 1e4;
        String p = String.format(Locale.ROOT, "%.4f", rounded);
        Parallel.forEach(containers.values(), node -> {
            StringBuilder script = new StringBuilder("set -e; iptables -F " + CHAIN);
            if (nodes.contains(node.name())) {
                for (NodeContainer peer : peers(node)) {
                    script.append("; iptables -A " + CHAIN + " -s " + peer.ip()
                            + " -m statistic --mode random --probability " + p + " -j DROP");
                }
            }
            script.append("; iptables -S " + CHAIN);
            String rules = node.exec().check("root", script.toString(), NodeContainer.EXEC_TIMEOUT);
            long found = rules.lines().filter(rule -> probability(rule) == rounded).count();
            long expected = nodes.contains(node.name()) ? peers(node).size() : 0;
            if (found != expected) {
                throw new IllegalStateException(node.name() + " has " + found + " loss rules, expected "
                        + expected + ":\n" + rules);
            }
        });
    }

    /**
     * The probability of a statistic rule as iptables prints it back (it stores a 32-bit
     * threshold, so 0.4 reads as 0.39999999991), rounded to the four places it was given with;
     * -1 for any other line.
     */
    static double probability(String rule) {
        Matcher m = PROBABILITY.matcher(rule);
        return m.find() ? Math.round(Double.parseDouble(m.group(1)) * 1e4) / 1e4 : -1;
    }

    @Override
    public boolean delivers(Link link) {
        return probe(List.of(link.from(), link.to())).contains(link);
    }

    @Override
    public List<Link> verify(Grudge expected, Collection<String> nodes) {
        List<Link> delivered = probe(nodes);
        List<Link> wrong = new ArrayList<>();
        for (String from : nodes) {
            for (String to : nodes) {
                Link link = new Link(from, to);
                if (!from.equals(to) && delivered.contains(link) != expected.delivers(from, to)) {
                    wrong.add(link);
                }
            }
        }
        return wrong;
    }

    /** The links among {@code nodes} that delivered a probe. */
    private List<Link> probe(Collection<String> nodes) {
        List<NodeContainer> members = nodes.stream().map(this::container).toList();
        Map<NodeContainer, Map<String, Long>> before = Parallel.map(members, this::seen);
        Parallel.forEach(members, from -> {
            StringBuilder script = new StringBuilder("for i in 1 2 3; do");
            members.stream().filter(to -> to != from).forEach(to -> script.append(
                    " echo probe > /dev/udp/" + to.ip() + "/" + PROBE_PORT + ";"));
            from.exec().check("root", script.append(" sleep 0.02; done").toString(),
                    NodeContainer.EXEC_TIMEOUT);
        });
        Map<NodeContainer, Map<String, Long>> after = Parallel.map(members, this::seen);
        List<Link> delivered = new ArrayList<>();
        for (NodeContainer to : members) {
            for (NodeContainer from : members) {
                long grew = after.get(to).getOrDefault(from.ip(), 0L)
                        - before.get(to).getOrDefault(from.ip(), 0L);
                if (from != to && grew > 0) {
                    delivered.add(new Link(from.name(), to.name()));
                }
            }
        }
        return delivered;
    }

    /** The probe counter of each peer address at {@code node}. */
    private Map<String, Long> seen(NodeContainer node) {
        String table = node.exec().check("root", "iptables -L " + SEEN + " -n -v -x",
                NodeContainer.EXEC_TIMEOUT);
        Map<String, Long> counts = new HashMap<>();
        // pkts bytes target prot opt in out source destination ...
        table.lines().map(String::trim).filter(l -> !l.isEmpty() && Character.isDigit(l.charAt(0)))
                .map(l -> l.split("\\s+"))
                .forEach(f -> counts.put(f[7], Long.parseLong(f[0])));
        return counts;
    }

    private List<NodeContainer> peers(NodeContainer node) {
        return containers.values().stream().filter(peer -> peer != node).toList();
    }

    private NodeContainer container(String node) {
        NodeContainer container = containers.get(node);
        if (container == null) {
            throw new IllegalArgumentException("no node " + node);
        }
        return container;
    }
}
