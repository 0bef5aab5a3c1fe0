package dev.ballot.docker;

import dev.ballot.sut.Readiness;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits until a started node is ready, as its {@link Readiness} says, or throws. */
final class ReadinessProbe {
    private static final Duration ATTEMPT = Duration.ofSeconds(1);
    /** Attempts (100 ms apart, plus the attempt's own time) between two looks at the process. */
    private static final int EXIT_CHECK_EVERY = 10;
    /** How soon the proxy of a published port closes a connection the node behind it refused. */
    private static final int PROXY_CLOSE_MILLIS = 200;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(ATTEMPT).build();

    private ReadinessProbe() {
    }

    /**
     * Waits for {@code node} to be ready, failing at once, not at the timeout, if {@code exited}
     * says the node's process is gone (a bad command, a missing class): it is asked about once a
     * second, from the first second on, by when the node's pid is surely written.
     */
    static void await(NodeContainer node, Readiness readiness, Duration timeout, BooleanSupplier exited) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int attempt = 1; !ready(node, readiness); attempt++) {
            if (attempt % EXIT_CHECK_EVERY == 0 && exited.getAsBoolean()) {
                throw notReady(node, "exited before it was ready");
            }
            if (System.nanoTime() - deadline > 0) {
                throw notReady(node, "was not ready (" + readiness + ") within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + node.name(), e);
            }
        }
    }

    private static IllegalStateException notReady(NodeContainer node, String what) {
        String tail = node.exec().run("root", "tail -n 20 " + NodeContainer.LOG_FILE,
                NodeContainer.EXEC_TIMEOUT).stdout();
        return new IllegalStateException(node.name() + " " + what + "; the end of its log:\n" + tail);
    }

    private static boolean ready(NodeContainer node, Readiness readiness) {
        if (readiness instanceof Readiness.HttpGet get) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + node.hostPort() + get.path())).timeout(ATTEMPT).GET().build();
                int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                return status >= 200 && status < 300;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } else if (readiness instanceof Readiness.TcpConnect) {
            return accepts(node.hostPort());
        } else if (readiness instanceof Readiness.LogLine line) {
            // Only the lines since the latest start count: an earlier start's line is stale.
            return node.exec().run("root", "tac " + NodeContainer.LOG_FILE
                    + " | sed '/^== ballot: starting/q' | grep -qE " + Exec.quote(line.regex()),
                    NodeContainer.EXEC_TIMEOUT).ok();
        }
        throw new AssertionError(readiness);
    }

    /**
     * Whether the node accepts connections on its published port. A connect alone says nothing:
     * the proxy behind a published port accepts it whether or not the node listens, and then
     * closes it if the node does not. So the connection must also stay open for a moment (or
     * bring a greeting).
     */
    private static boolean accepts(int hostPort) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", hostPort), (int) ATTEMPT.toMillis());
            socket.setSoTimeout(PROXY_CLOSE_MILLIS);
            return socket.getInputStream().read() >= 0;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
