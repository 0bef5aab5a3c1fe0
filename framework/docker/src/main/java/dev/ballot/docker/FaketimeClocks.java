package dev.ballot.docker;

import dev.ballot.nemesis.Clocks;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Skews nodes' wall clocks with libfaketime. In a cluster started for clock faults every node
 * process starts with {@link #ENVIRONMENT}: libfaketime preloaded, reading its offset from
 * {@link #FILE}, and leaving the monotonic clock alone (faking it hangs JVMs in
 * {@code Thread.sleep}). An offset is written to the file as {@code +N} or {@code -N} seconds;
 * {@code +0} is true time.
 *
 * <p>The file is read at most once a second ({@code FAKETIME_CACHE_DURATION=1}), not on every
 * call ({@code FAKETIME_NO_CACHE=1}): measured here, the reference node took 40 s to start with
 * no cache against 2 s without libfaketime, because every {@code System.currentTimeMillis} then
 * opens and reads the file (156 µs a call against 30 ns). So an offset reaches the node within a
 * second: {@link #offset} and {@link #reset} wait {@link #PROPAGATION_MS} after writing, and a strobe
 * flipping faster than once a second is seen by the node at one-second samples.
 *
 * <p>libfaketime's "monotonic fix" is turned off ({@code FAKETIME_FORCE_MONOTONIC_FIX=0}): it
 * rewrites the deadlines of {@code pthread_cond_timedwait} on the monotonic clock, which is not
 * faked here anyway, and with it the JVM's timed waits spin (libfaketime issue 425). Measured
 * here, a single reference node under libfaketime with the fix had not logged its first line
 * after 20 s and had burnt 4 s of user and 2 s of system CPU; without it the node served within
 * half a second of its first line and used 1.3 s and 0.4 s, as without libfaketime. A cluster
 * still preloads libfaketime only when the campaign has clock faults.
 *
 * <p>A strobe runs inside the container, as a detached shell loop that flips the file between the
 * offset and {@code +0}: a flip then costs nothing and keeps its period even when the machine is
 * loaded, where a flip per {@code docker exec} from the harness would take longer than the
 * shortest periods. The loop waits with bash's own {@code read -t}, not a {@code sleep} child, so
 * that killing the shell stops all of it. A reset kills the loop (its pid is in {@link #STROBE_PID}) before writing
 * {@code +0}.
 *
 * <p>A clock is read back by running {@code date +%s%N} in the node's container three times in a
 * row: without libfaketime (true time), under its environment (what the node's process sees), and
 * without it again. The faked reading minus the middle of the two true ones is the node's offset,
 * whatever the exec's latency, and {@link #read} returns the harness' time now plus that offset.
 * Under load a {@code docker exec}, even a process start, can take seconds, which would otherwise
 * count as skew; a reading whose true-time window is too wide is taken again.
 */
public final class FaketimeClocks implements Clocks {
    /** The base image's fixed path to libfaketime, whatever the architecture directory. */
    static final String LIBRARY = "/usr/local/lib/libfaketime.so.1";
    static final String FILE = "/tmp/ballot-faketime";
    static final String STROBE_PID = "/tmp/ballot-strobe.pid";
    static final Map<String, String> ENVIRONMENT = Map.of(
            "LD_PRELOAD", LIBRARY,
            "FAKETIME_TIMESTAMP_FILE", FILE,
            "FAKETIME_CACHE_DURATION", "1",
            "FAKETIME_DONT_FAKE_MONOTONIC", "1",
            "FAKETIME_FORCE_MONOTONIC_FIX", "0");

    /** Reads whose true-time window is wider than this are tried again, at most so many times. */
    private static final long GOOD_WINDOW_NANOS = 400_000_000L;
    private static final int READ_ATTEMPTS = 3;
    /** How long a node may take to see a new offset: libfaketime's cache, and a margin. */
    static final long PROPAGATION_MS = 1_200;

    private final Map<String, NodeContainer> containers;
    private final boolean preloaded;

    /** @param preloaded whether the nodes run under libfaketime; if not, every fault throws */
    FaketimeClocks(Map<String, NodeContainer> containers, boolean preloaded) {
        this.containers = containers;
        this.preloaded = preloaded;
    }

    /** The environment a node process needs: libfaketime's, or none. */
    Map<String, String> environment() {
        return preloaded ? ENVIRONMENT : Map.of();
    }

    /** Writes {@code +0} in every container, before any node starts. */
    void install() {
        if (preloaded) {
            Parallel.forEach(containers.values(), node -> write(node, "+0", false));
        }
    }

    @Override
    public void offset(String node, double seconds) {
        write(container(node), spec(seconds), true);
        awaitPropagation();
    }

    @Override
    public void strobe(String node, double seconds, long periodMs, long durationMs) {
        NodeContainer container = container(node);
        write(container, "+0", true);
        String period = String.format(Locale.ROOT, "%.3f", periodMs / 1000.0);
        long flips = Math.max(1, durationMs / Math.max(1, periodMs));
        container.exec().detached("root", "echo $$ > " + STROBE_PID + "; for i in $(seq " + flips
                + "); do if [ $((i % 2)) = 1 ]; then echo " + spec(seconds) + "; else echo +0; fi > "
                + FILE + ".new && mv " + FILE + ".new " + FILE + "; read -rt " + period + " <> <(:); done; "
                + "echo +0 > " + FILE, Map.of());
    }

    @Override
    public void reset(String node) {
        write(container(node), "+0", true);
        awaitPropagation();
    }

    private static void awaitPropagation() {
        try {
            Thread.sleep(PROPAGATION_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a clock change to take", e);
        }
    }

    @Override
    public Instant read(String node) {
        StringBuilder env = new StringBuilder();
        ENVIRONMENT.forEach((k, v) -> env.append(k).append('=').append(v).append(' '));
        String script = "date +%s%N; " + env + "date +%s%N; date +%s%N";
        long bestOffset = 0;
        long bestWindow = Long.MAX_VALUE;
        for (int attempt = 0; attempt < READ_ATTEMPTS && bestWindow > GOOD_WINDOW_NANOS; attempt++) {
            String[] three = container(node).exec().check("root", script, NodeContainer.EXEC_TIMEOUT)
                    .strip().split("\\s+");
            long before = Long.parseLong(three[0]);
            long after = Long.parseLong(three[2]);
            if (after - before < bestWindow) {
                bestWindow = after - before;
                bestOffset = Long.parseLong(three[1]) - (before + (after - before) / 2);
            }
        }
        return Instant.now().plusNanos(bestOffset);
    }

    /** Writes the offset atomically (a rename), stopping any strobe first if asked. */
    private static void write(NodeContainer node, String spec, boolean stopStrobe) {
        String stop = stopStrobe ? "if [ -f " + STROBE_PID + " ]; then kill $(cat " + STROBE_PID
                + ") 2>/dev/null; rm -f " + STROBE_PID + "; fi; " : "";
        node.exec().check("root", stop + "echo " + spec + " > " + FILE + ".new && chmod 644 "
                + FILE + ".new && mv " + FILE + ".new " + FILE, NodeContainer.EXEC_TIMEOUT);
    }

    /** libfaketime's relative offset: {@code +N} or {@code -N} seconds, fractions allowed. */
    static String spec(double seconds) {
        String number = String.format(Locale.ROOT, "%.3f", Math.abs(seconds));
        return (seconds < 0 ? "-" : "+") + number;
    }

    private NodeContainer container(String node) {
        if (!preloaded) {
            throw new IllegalStateException("clock faults need a cluster started with libfaketime "
                    + "preloaded (the campaign's nemesis must include clock)");
        }
        NodeContainer container = containers.get(node);
        if (container == null) {
            throw new IllegalArgumentException("no node " + node);
        }
        return container;
    }
}
