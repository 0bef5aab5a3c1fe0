package dev.ballot.paxos.server;

import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Timing;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The node's command line, parsed and checked. {@code --peers} lists EVERY node of the cluster,
 * this one included, as {@code ID=HOST:PORT} with ids {@code 0..N-1}; its own entry gives the peer
 * port to listen on unless {@code --peer-port} overrides it (behind a NAT or in a container).
 *
 * @param mutant the mutant to build in, or null for the correct protocol
 * @param seed the seed of the node's random generator, or null for a fresh one (see {@code Node})
 */
public record Options(int id, Map<Integer, InetSocketAddress> peers, Path data, int clientPort, int peerPort,
                      Mode mode, Mutant mutant, int tickMillis, boolean bootstrap, Long seed,
                      long timeoutMillis, int threads, long compactBytes, int window, int maxBatch) {

    /** Which protocol the node runs. */
    public enum Mode { MULTI, SINGLE }

    public static final String USAGE = """
            usage: java -jar paxos-node.jar --id ID --peers ID=HOST:PORT,... --data DIR --client-port PORT
                   [--peer-port PORT] [--mode multi|single] [--mutant NAME] [--tick-ms N] [--bootstrap]
                   [--seed N] [--timeout-ms N] [--threads N] [--compact-bytes N] [--window N] [--max-batch N]
              --peers        every node of the cluster, this one included; ids are 0..N-1
              --bootstrap    first start of a new cluster: with no log in --data, start voting at once.
                             Without it an empty --data means amnesia and the node rejoins. Never pass
                             it on a restart after a wipe.
              --window       slots a leader has in phase 2 at once; a small window makes
                             requests that arrive meanwhile share a slot (fewer messages, fsyncs)
              --mutant       no-adopt, forget-promise, minority-quorum, volatile-acceptor,
                             amnesia-unsafe, stale-read, clock-lease""";

    /**
     * Few slots in flight, so that concurrent requests batch into slots: the leader proposes a
     * request at once while the window has room, so with 32 slots and 32 clients every request
     * had a slot (and its messages and records) of its own. Bench, 32 clients: 2,360 ops/s with
     * 32, 3,420 with 4, at the same machine load.
     */
    public static final int DEFAULT_WINDOW = 4;

    public Options {
        peers = Map.copyOf(peers);
    }

    /** Parses {@code args}; throws {@link IllegalArgumentException} with a message for the user. */
    public static Options parse(String[] args) {
        Map<String, String> given = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--bootstrap")) {
                given.put(name, "true");
            } else if (name.startsWith("--") && i + 1 < args.length) {
                given.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument: " + name);
            }
        }
        int id = number(take(given, "--id", null), "--id");
        Map<Integer, InetSocketAddress> peers = peers(take(given, "--peers", null));
        if (!peers.containsKey(id)) {
            throw new IllegalArgumentException("--peers must include this node (" + id + ")");
        }
        Options options = new Options(id, peers, Path.of(take(given, "--data", null)),
                number(take(given, "--client-port", null), "--client-port"),
                number(take(given, "--peer-port", String.valueOf(peers.get(id).getPort())), "--peer-port"),
                choice(Mode.class, take(given, "--mode", "multi"), "--mode"),
                given.containsKey("--mutant") ? choice(Mutant.class, take(given, "--mutant", null), "--mutant") : null,
                number(take(given, "--tick-ms", "10"), "--tick-ms"),
                given.remove("--bootstrap") != null,
                given.containsKey("--seed") ? longNumber(take(given, "--seed", null), "--seed") : null,
                number(take(given, "--timeout-ms", "2000"), "--timeout-ms"),
                number(take(given, "--threads", "128"), "--threads"),
                longNumber(take(given, "--compact-bytes", String.valueOf(16 << 20)), "--compact-bytes"),
                number(take(given, "--window", String.valueOf(DEFAULT_WINDOW)), "--window"),
                number(take(given, "--max-batch", String.valueOf(Timing.defaults().maxBatch())), "--max-batch"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options: " + given.keySet());
        }
        return options;
    }

    /** {@code no-adopt} names {@code NO_ADOPT}. */
    private static <E extends Enum<E>> E choice(Class<E> type, String name, String option) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " does not know " + name);
        }
    }

    private static Map<Integer, InetSocketAddress> peers(String list) {
        Map<Integer, InetSocketAddress> peers = new TreeMap<>();
        for (String entry : list.split(",")) {
            String[] idAndAddress = entry.split("=", 2);
            int colon = idAndAddress.length == 2 ? idAndAddress[1].lastIndexOf(':') : -1;
            if (colon < 0) {
                throw new IllegalArgumentException("a peer is ID=HOST:PORT, not " + entry);
            }
            String host = idAndAddress[1].substring(0, colon);
            int port = number(idAndAddress[1].substring(colon + 1), "peer port");
            peers.put(number(idAndAddress[0], "peer id"), InetSocketAddress.createUnresolved(host, port));
        }
        for (int id = 0; id < peers.size(); id++) {
            if (!peers.containsKey(id)) {
                throw new IllegalArgumentException("peer ids must be 0.." + (peers.size() - 1));
            }
        }
        return peers;
    }

    /** Removes and returns option {@code name}, or {@code fallback}; a null fallback means required. */
    private static String take(Map<String, String> given, String name, String fallback) {
        String value = given.remove(name);
        if (value == null && fallback == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value != null ? value : fallback;
    }

    private static int number(String text, String what) {
        long value = longNumber(text, what);
        if (value != (int) value) {
            throw new IllegalArgumentException(what + " is out of range: " + text);
        }
        return (int) value;
    }

    private static long longNumber(String text, String what) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be an integer, not " + text);
        }
    }

    public int clusterSize() {
        return peers.size();
    }

    /** The core's timing: its defaults (made for 10 ms ticks), with this node's limits. */
    public Timing timing() {
        Timing defaults = Timing.defaults();
        int timeoutTicks = (int) Math.max(1, timeoutMillis / tickMillis);
        return new Timing(defaults.electionTicks(), defaults.heartbeatTicks(), defaults.retryTicks(), timeoutTicks,
                defaults.snapshotEvery(), maxBatch, window, defaults.leaseMillis());
    }
}
