package dev.ballot.zookeeper;

import dev.ballot.sut.Client;
import dev.ballot.sut.Completion;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.Request;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.zookeeper.KeeperException.Code;
import org.apache.zookeeper.WatchedEvent;
import org.apache.zookeeper.Watcher;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.client.ZKClientConfig;

/**
 * One client process' session with one ZooKeeper server, for the {@code register} workload: key
 * {@code k} is the znode {@code /ballot-k}, its value the decimal text of a number.
 * <ul>
 * <li>{@code write v}: {@code setData} with no version check; if the znode does not exist yet,
 *     {@code create} it (and if another client created it meanwhile, {@code setData} again);
 * <li>{@code cas [old, new]}: {@code getData}; unless it holds {@code old}, fail; else
 *     {@code setData} conditional on the version read, so that the server refuses it if any write
 *     came in between;
 * <li>{@code read}: {@code getData} (a missing znode reads as nil), preceded by {@code sync} in
 *     {@link ReadMode#SYNC}.
 * </ul>
 *
 * <p>Outcomes, per {@link Client}: a request sent only once the session is connected, so a session
 * that cannot connect within the timeout fails the operation (nothing was sent). Once sent, the
 * server's definite answers map as above ({@code NONODE}, {@code BADVERSION} and a mismatch are
 * {@code fail}); anything else (connection loss, session expiry, no answer in time) leaves a write
 * or cas {@code info}. A read that gets no answer is {@code fail}: it changed nothing either way,
 * which is how Jepsen records reads too.
 */
final class ZooKeeperClient implements Client {
    /** Short, so that a session a partition cut off expires soon; at least ZooKeeper's 2 ticks. */
    static final int SESSION_TIMEOUT_MILLIS = 4_000;

    private final NodeAddress address;
    private final Duration timeout;
    private final ReadMode reads;
    private final Session session = new Session();
    private ZooKeeper zk;
    private String openError;

    ZooKeeperClient(NodeAddress address, Duration timeout, ReadMode reads) {
        this.address = address;
        this.timeout = timeout;
        this.reads = reads;
    }

    /** Starts connecting; the session is established in the background. */
    @Override
    public void open() {
        ZKClientConfig config = new ZKClientConfig();
        // Bounds close(), the only blocking call: it waits for the server to end the session.
        config.setProperty(ZKClientConfig.ZOOKEEPER_REQUEST_TIMEOUT, Long.toString(timeout.toMillis()));
        try {
            zk = new ZooKeeper(address.host() + ":" + address.port(), SESSION_TIMEOUT_MILLIS, session, config);
        } catch (IOException | RuntimeException e) {
            openError = "cannot create a session: " + e;
        }
    }

    @Override
    public Completion invoke(Request request) {
        if (zk == null) {
            return Completion.fail(openError != null ? openError : "client is not open");
        }
        Calls calls = new Calls(zk, System.nanoTime() + timeout.toNanos());
        if (!session.awaitConnected(calls.deadline())) {
            return Completion.fail("no session with " + address + " within " + timeout.toMillis() + " ms");
        }
        String path = "/ballot-" + request.key();
        try {
            return switch (request.f()) {
                case "read" -> read(calls, path);
                case "write" -> write(calls, path, encode(request.value()));
                case "cas" -> cas(calls, path, request.value());
                default -> Completion.fail("zookeeper does not do '" + request.f() + "'");
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return request.f().equals("read") ? Completion.fail("interrupted") : Completion.info("interrupted");
        }
    }

    private Completion read(Calls calls, String path) throws InterruptedException {
        if (reads == ReadMode.SYNC) {
            Calls.Answer synced = calls.sync(path);
            if (synced.code() != Code.OK) {
                return Completion.fail("sync: " + synced);
            }
        }
        Calls.Answer answer = calls.getData(path);
        if (answer.code() == Code.NONODE) {
            return Completion.ok(null);
        }
        if (answer.code() != Code.OK) {
            return Completion.fail("getData: " + answer);
        }
        Long value = decode(answer.data());
        return value == null && answer.data() != null
                ? Completion.fail("unreadable value " + text(answer.data())) : Completion.ok(value);
    }

    private Completion write(Calls calls, String path, byte[] value) throws InterruptedException {
        // Each NONODE/NODEEXISTS round is a definite refusal, so trying again cannot write twice.
        for (int attempt = 0; attempt < 3; attempt++) {
            Calls.Answer set = calls.setData(path, value, -1);
            if (set.code() == Code.OK) {
                return Completion.ok(null);
            }
            if (set.code() != Code.NONODE) {
                return unknown("setData", set);
            }
            Calls.Answer created = calls.create(path, value);
            if (created.code() == Code.OK) {
                return Completion.ok(null);
            }
            if (created.code() != Code.NODEEXISTS) {
                return unknown("create", created);
            }
        }
        return Completion.fail("the znode kept appearing and disappearing");
    }

    private Completion cas(Calls calls, String path, Object argument) throws InterruptedException {
        if (!(argument instanceof List<?> pair) || pair.size() != 2) {
            return Completion.fail("cas wants [old, new], got " + argument);
        }
        Calls.Answer current = calls.getData(path);
        if (current.code() == Code.NONODE) {
            return Completion.fail("no such key");
        }
        if (current.code() != Code.OK) {
            return Completion.fail("getData: " + current);
        }
        Long found = decode(current.data());
        if (!Objects.equals(found, number(pair.get(0)))) {
            return Completion.fail("expected " + pair.get(0) + ", found " + text(current.data()));
        }
        Calls.Answer set = calls.setData(path, encode(pair.get(1)), current.stat().getVersion());
        if (set.code() == Code.OK) {
            return Completion.ok(null);
        }
        if (set.code() == Code.BADVERSION || set.code() == Code.NONODE) {
            return Completion.fail("changed since read (" + set.code() + ")");
        }
        return unknown("setData", set);
    }

    private static Completion unknown(String call, Calls.Answer answer) {
        return Completion.info(call + ": " + answer);
    }

    static byte[] encode(Object value) {
        return String.valueOf(number(value)).getBytes(StandardCharsets.US_ASCII);
    }

    /** The number a znode holds, or null for an empty or unreadable one. */
    static Long decode(byte[] data) {
        if (data == null || data.length == 0) {
            return null;
        }
        try {
            return Long.parseLong(text(data));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long number(Object value) {
        return value instanceof Number number ? Long.valueOf(number.longValue()) : null;
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        ZooKeeper handle = zk;
        zk = null;
        if (handle != null) {
            try {
                handle.close((int) Math.max(1, timeout.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The session expires on the server by itself.
            }
        }
    }

    /** Follows the session's connection state, for {@link #awaitConnected}. */
    static final class Session implements Watcher {
        private boolean connected;

        @Override
        public synchronized void process(WatchedEvent event) {
            if (event.getType() == Event.EventType.None) {
                connected = event.getState() == Event.KeeperState.SyncConnected;
                notifyAll();
            }
        }

        /** Whether the session is connected, waiting for it until {@code deadline} (nanoTime). */
        synchronized boolean awaitConnected(long deadline) {
            try {
                while (!connected) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
