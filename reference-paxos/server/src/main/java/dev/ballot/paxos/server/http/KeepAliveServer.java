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
 * worker and back cost more CPU than the Paxos work behind the request. Requests on one
 * connection are answered in order; connections are served concurrently, so a slow request holds
 * up only its own connection.
 */
final class KeepAliveServer {
    private static final Logger LOG = LoggerFactory.getLogger(KeepAliveServer.class);
    /** A kept-alive connection with no new request for this long is closed (as the JDK's server does). */
    private static final int IDLE_MILLIS = 30_000;

    /** Answers one request. */
    interface Handler {
        /** The status and JSON body for {@code exchange}, whose {@code refusal} is 0. */
        Answer handle(Exchange exchange);

        /** The JSON body that goes with a refusal status (400, 411, 413). */
        byte[] refusal(int status);
    }

    /** A status and a JSON body. */
    record Answer(int code, byte[] json) {
    }

    private final ServerSocket server;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Handler handler;
    private final int maxBody;
    private volatile boolean running = true;

    KeepAliveServer(int port, int threads, int maxBody, Handler handler) throws IOException {
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
            for (Exchange exchange = Exchange.read(in, out, maxBody); exchange != null && running;
                 exchange = Exchange.read(in, out, maxBody)) {
                if (exchange.refusal != 0) {
                    Exchange.answer(out, exchange.refusal, handler.refusal(exchange.refusal), true);
                    return;
                }
                Answer answer = handler.handle(exchange);
                Exchange.answer(out, answer.code(), answer.json(), !exchange.keepAlive);
                if (!exchange.keepAlive) {
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            LOG.debug("closing idle connection from {}", socket.getRemoteSocketAddress());
        } catch (IOException | RuntimeException e) {
            LOG.debug("connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
        } finally {
            open.remove(socket);
        }
    }

    void stop() {
        running = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // the acceptor ends on the closed socket either way
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // best effort: its thread ends on the closed socket
            }
        }
        connections.shutdownNow();
    }
}
