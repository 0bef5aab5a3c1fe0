package dev.ballot.docker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labels on every container and network Ballot creates. {@code ballot.run} names the run,
 * {@code ballot.system} the system under test, {@code ballot.node} the node, and
 * {@code ballot.owner} the harness process that owns them ({@code host/pid/start-millis}): a
 * later run removes what an owner that no longer exists left behind, and never touches what a
 * live harness (another run going on at the same time) still uses.
 */
final class Labels {
    static final String RUN = "ballot.run";
    static final String SYSTEM = "ballot.system";
    static final String NODE = "ballot.node";
    static final String OWNER = "ballot.owner";
    /** Testcontainers' own session label, which its JVM-exit hook removes by; see {@link #withoutSession}. */
    static final String TESTCONTAINERS_SESSION = "org.testcontainers.sessionId";

    private Labels() {
    }

    /** The labels of a run's network and of every container in it. */
    static Map<String, String> of(String run, String system) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(RUN, run);
        labels.put(SYSTEM, system);
        labels.put(OWNER, currentOwner());
        return labels;
    }

    /**
     * A copy of {@code labels} that refuses Testcontainers' session label, now and when
     * Testcontainers adds it later. With Ryuk disabled, Testcontainers removes whatever carries
     * that label when the JVM exits, which would defeat {@code --leave-running}; and it adds the
     * label after every create-command modifier has run, so removing it in a modifier is not
     * enough. Ballot removes its own containers, by its own labels.
     */
    static Map<String, String> withoutSession(Map<String, String> labels) {
        Map<String, String> copy = new LinkedHashMap<>() {
            @Override
            public String put(String key, String value) {
                return TESTCONTAINERS_SESSION.equals(key) ? null : super.put(key, value);
            }

            @Override
            public void putAll(Map<? extends String, ? extends String> map) {
                map.forEach(this::put);
            }
        };
        copy.putAll(labels);
        return copy;
    }

    /** This harness process: {@code host/pid/start-millis}. */
    static String currentOwner() {
        ProcessHandle self = ProcessHandle.current();
        return host() + "/" + self.pid() + "/" + startMillis(self);
    }

    /**
     * Is the owner named by a label value gone? An owner on another host, or a label that does
     * not parse, is treated as alive: Ballot removes only what it knows to be abandoned.
     */
    static boolean ownerIsGone(String owner) {
        String[] parts = owner == null ? new String[0] : owner.split("/");
        if (parts.length != 3 || !parts[0].equals(host())) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            long started = Long.parseLong(parts[2]);
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            // The same pid with another start time is a different process: the owner is gone.
            return process.isEmpty() || !process.get().isAlive()
                    || startMillis(process.get()) != started;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
