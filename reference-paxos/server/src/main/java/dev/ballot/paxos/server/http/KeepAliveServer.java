package dev.ballot.paxos.server.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A blocking HTTP/1.1 server with a thread per open connection (up to {@code threads} at once;
 * later connections wait for one to close or idle out). It replaced the JDK's
 * {@code com.sun.net.httpserver}, whose hand-off of every request from a selector thread to a
 * worker and back cost more CPU than the Paxos work behind the request.
 *
 * <p>A connection's thread reads a request and hands it to the {@link Handler}, which answers
 * through the request's {@link Reply}, now or later and from any thread: the event loop writes an
 * operation's answer itself as soon as the core gives it, so the connection's thread never wakes
 * just to copy an answer out, and goes straight back to reading the connection. Answers keep the
 * order of requests: a request that was already sent behind another (pipelining) is handed over
 * only once the answer before it went out.
 */
final class KeepAliveServer {
    private static final Logger LOG = LoggerFactory.getLogger(KeepAliveServer.class);
    /** A kept-alive connection with no new request for this long is closed (as the JDK's server does). */
    private static final int IDLE_MILLIS = 30_000;

    /** Answers requests. */
    interface Handler {
        /**
         * Serves {@code exchange}, whose {@code refusal} is 0, by calling {@code reply.send} once,
         * before returning or later from another thread.
         */
        void handle(Exchange exchange, Reply reply);

        /** The JSON body that goes with a refusal status (400, 411, 413). */
        byte[] refusal(int status);
    }

    /** The one answer to one request, written to its connection when it is known. Thread-safe. */
    static final class Reply {
        private final Socket socket;
        private final OutputStream out;
        private final boolean close;
        /** Some call of {@link #send} took the answer on; only that one writes. */
        private boolean claimed;
        /** The answer is written (or its connection failed): what comes after may go out. */
        private boolean written;

        private Reply(Socket socket, OutputStream out, boolean close) {
            this.socket = socket;
            this.out = out;
            this.close = close;
        }

        /** Writes a JSON answer; only the first call counts. A connection that fails is closed. */
        void send(int code, byte[] json) {
            synchronized (this) {
                if (claimed) {
                    return;
                }
                claimed = true;
            }
            try {
                // The connection's thread may write too (100 Continue), and the stream is buffered.
                synchronized (out) {
                    Exchange.answer(out, code, json, close);
                }
            } catch (IOException e) {
                LOG.debug("answer to {} lost: {}", socket.getRemoteSocketAddress(), e.toString());
                closeQuietly(socket);
            } finally {
                synchronized (this) {
                    written = true;
                    notifyAll();
                }
            }
        }

        /**
         * Whether the answer went out within {@code millis}: written, not only claimed, so that the
         * answer to a request behind it cannot overtake it on the connection.
         */
        synchronized boolean awaitSent(long millis) throws InterruptedException {
            long deadline = System.nanoTime() + millis * 1_000_000;
            while (!written) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private final ServerSocket server;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Handler handler;
    private final int maxBody;
    private final long answerWaitMillis;
    private volatile boolean running = true;

    /**
     * @param answerWaitMillis how long a connection waits for an answer before it gives up on it
     *     and closes: a last resort, for the handler answers every request in time
     */
    KeepAliveServer(int port, int threads, int maxBody, long answerWaitMillis, Handler handler) throws IOException {
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(port), 1024);
        this.connections = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "http");
            thread.setDaemon(true);
            return thread;
        });
        this.handler = handler;
        this.maxBody = maxBody;
        this.answerWaitMillis = answerWaitMillis;
    }

    void start() {
        Thread acceptor = new Thread(this::accept, "http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (running) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(IDLE_MILLIS);
                open.add(socket);
                connections.execute(() -> serve(socket));
            } catch (IOException | RuntimeException e) {
                if (running) {
                    LOG.warn("accepting a client connection failed: {}", e.toString());
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new ByteInput(socket.getInputStream(), 4096);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 4096);
            Reply previous = null;
            for (Exchange exchange = Exchange.read(in, out, maxBody); exchange != null && running;
                 exchange = Exchange.read(in, out, maxBody)) {
                if (previous != null && !previous.awaitSent(answerWaitMillis)) {
                    LOG.warn("no answer within {} ms on a connection from {}; closing it", answerWaitMillis,
                            socket.getRemoteSocketAddress());
                    return;
                }
                if (exchange.refusal != 0) {
                    new Reply(socket, out, true).send(exchange.refusal, handler.refusal(exchange.refusal));
                    return;
                }
                Reply reply = new Reply(socket, out, !exchange.keepAlive);
                handler.handle(exchange, reply);
                if (!exchange.keepAlive) {
                    reply.awaitSent(answerWaitMillis);
                    return;
                }
                previous = reply;
            }
        } catch (SocketTimeoutException e) {
            LOG.debug("closing idle connection from {}", socket.getRemoteSocketAddress());
        } catch (IOException | RuntimeException e) {
            LOG.debug("connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // best effort: its thread ends on the closed socket
        }
    }

    void stop() {
        running = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // the acceptor ends on the closed socket either way
        }
        open.forEach(KeepAliveServer::closeQuietly);
        connections.shutdownNow();
    }
}
