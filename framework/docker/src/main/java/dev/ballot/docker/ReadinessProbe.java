package dev.ballot.docker;

import dev.ballot.sut.Readiness;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits until a started node is ready, as its {@link Readiness} says, or throws. */
final class ReadinessProbe {
    private static final Duration ATTEMPT = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(ATTEMPT).build();

    private ReadinessProbe() {
    }

    static void await(NodeContainer node, Readiness readiness, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready(node, readiness)) {
            if (System.nanoTime() - deadline > 0) {
                String tail = node.exec().run("root", "tail -n 20 " + NodeContainer.LOG_FILE,
                        NodeContainer.EXEC_TIMEOUT).stdout();
                throw new IllegalStateException(node.name() + " was not ready (" + readiness
                        + ") within " + timeout.toSeconds() + " s; the end of its log:\n" + tail);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + node.name(), e);
            }
        }
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
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", node.hostPort()),
                        (int) ATTEMPT.toMillis());
                return true;
            } catch (IOException e) {
                return false;
            }
        } else if (readiness instanceof Readiness.LogLine line) {
            // Only the lines since the latest start count: an earlier start's line is stale.
            return node.exec().run("root", "tac " + NodeContainer.LOG_FILE
                    + " | sed '/^== ballot: starting/q' | grep -qE " + Exec.quote(line.regex()),
                    NodeContainer.EXEC_TIMEOUT).ok();
        }
        throw new AssertionError(readiness);
    }
}
