package dev.ballot.sut;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.history.OpType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's HTTP transport against a node that writes raw bytes, chosen per connection and
 * request: the framings a node may use, a connection the node ends, answers that come late or
 * are not HTTP.
 */
class HttpConnectionTest {
    private static final String OK = "{\"type\":\"ok\",\"value\":5}";
    private static final Request READ = new Request("read", 1, null, 3, 1);

    /** What a node writes for a request, knowing its connection's number and the request's. */
    private interface Script {
        void answer(OutputStream out, int connection, int request) throws IOException;
    }

    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    private NodeAddress node(Script script) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    sockets.add(socket);
                    int connection = connections.incrementAndGet();
                    Thread serving = new Thread(() -> serve(socket, connection, script));
                    serving.setDaemon(true);
                    serving.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return new NodeAddress("n1", "127.0.0.1", server.getLocalPort());
    }

    private void serve(Socket socket, int connection, Script script) {
        try (socket) {
            InputStream in = socket.getInputStream();
            for (int request = 1; ; request++) {
                String head = head(in);
                if (head == null) {
                    return;
                }
                int length = 0;
                for (String line : head.split("\r\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                requests.add(head + new String(in.readNBytes(length), StandardCharsets.UTF_8));
                script.answer(socket.getOutputStream(), connection, request);
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** A request's head up to the empty line; null at the end of the stream. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            head.write(c);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String fixed(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private static HttpJsonClient client(NodeAddress node, long timeoutMillis) {
        HttpJsonClient client = new HttpJsonClient(node, Duration.ofMillis(timeoutMillis));
        client.open();
        return client;
    }

    @Test
    void requestsShareOneKeptAliveConnectionAndEachIsOneWellFormedPost() throws IOException {
        HttpJsonClient client = client(node((out, c, r) -> write(out, fixed(OK))), 2000);
        for (int i = 0; i < 3; i++) {
            assertEquals(Completion.ok(5L), client.invoke(READ));
        }
        client.close();
        assertEquals(1, connections.get());
        assertEquals(3, requests.size());
        String request = requests.get(0);
        assertTrue(request.startsWith("POST /op HTTP/1.1\r\nHost: 127.0.0.1:"), request);
        assertTrue(request.endsWith("\r\n\r\n{\"f\":\"read\",\"key\":1,\"value\":null,\"client\":3,"
                + "\"seq\":1}"), request);
    }

    @Test
    void aChunkedAnswerIsReadWhole() throws IOException {
        HttpJsonClient client = client(node((out, c, r) -> write(out, "HTTP/1.1 200 OK\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + "5;ext=1\r\n{\"typ\r\n"
                + Integer.toHexString(OK.length() - 5) + "\r\n" + OK.substring(5) + "\r\n0\r\n"
                + "Trailer: x\r\n\r\n")), 2000);
        assertEquals(Completion.ok(5L), client.invoke(READ));
        assertEquals(Completion.ok(5L), client.invoke(READ));
        assertEquals(1, connections.get(), "the connection is kept after a chunked answer");
    }

    @Test
    void anAnswerThatClosesTheConnectionIsReadAndTheNextRequestReconnects() throws IOException {
        HttpJsonClient client = client(node((out, c, r) -> {
            if (c == 1) {
                // HTTP/1.0 without a length: the body ends with the connection.
                write(out, "HTTP/1.0 200 OK\r\n\r\n" + OK);
                out.close();
            } else {
                write(out, "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: "
                        + OK.length() + "\r\n\r\n" + OK);
            }
        }), 2000);
        assertEquals(Completion.ok(5L), client.invoke(READ));
        assertEquals(Completion.ok(5L), client.invoke(READ));
        assertEquals(Completion.ok(5L), client.invoke(READ));
        assertEquals(3, connections.get());
    }

    @Test
    void interimAnswersAreSkipped() throws IOException {
        HttpJsonClient client = client(node((out, c, r) -> write(out,
                "HTTP/1.1 100 Continue\r\n\r\n" + fixed(OK))), 2000);
        assertEquals(Completion.ok(5L), client.invoke(READ));
    }

    @Test
    void anAnswerThatIsNotHttpIsInfo() throws IOException {
        HttpJsonClient client = client(node((out, c, r) -> {
            if (c == 1) {
                write(out, "\u0000garbage\r\n\r\n");
            } else {
                write(out, fixed(OK));
            }
        }), 2000);
        Completion garbled = client.invoke(READ);
        assertEquals(OpType.INFO, garbled.type());
        assertTrue(garbled.error().startsWith("garbled reply: not an HTTP/1.x status line"),
                garbled.error());
        assertEquals(Completion.ok(5L), client.invoke(READ), "a fresh connection after garbage");
    }

    @Test
    void aBodyCutShortIsInfo() throws IOException {
        HttpJsonClient client = client(node((out, c, r) -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"type\":");
            out.close();
        }), 2000);
        Completion cut = client.invoke(READ);
        assertEquals(OpType.INFO, cut.type());
        assertTrue(cut.error().startsWith("connection lost after sending"), cut.error());
    }

    @Test
    void aLateAnswerIsInfoWithinTheTimeoutAndNeverTakenForTheNextOne() throws IOException {
        HttpJsonClient client = client(node((out, c, r) -> {
            if (c == 1) {
                // Half the head now, the rest too late.
                write(out, "HTTP/1.1 200 OK\r\n");
                sleep(700);
                write(out, "Content-Length: 27\r\n\r\n{\"type\":\"ok\",\"value\":\"old\"}");
            } else {
                write(out, fixed(OK));
            }
        }), 300);
        long start = System.nanoTime();
        Completion late = client.invoke(READ);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(Completion.info("timed out after 300 ms"), late);
        assertTrue(millis >= 290 && millis < 600, "returned after " + millis + " ms");
        assertEquals(Completion.ok(5L), client.invoke(READ));
        assertEquals(2, connections.get());
    }

    @Test
    void aConnectionTheNodeClosedWhileIdleIsMadeAgainBeforeSending() throws IOException {
        // The node closes each connection after its first answer, without saying so.
        NodeAddress node = node((out, c, r) -> {
            write(out, fixed(OK));
            out.close();
        });
        HttpConnection connection = new HttpConnection(node.host(), node.port(), "/op");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(OK.getBytes(StandardCharsets.UTF_8),
                connection.post(body, System.nanoTime() + 2_000_000_000L).body());
        sleep(HttpConnection.STALE_AFTER_NANOS / 1_000_000 + 100);
        assertArrayEquals(OK.getBytes(StandardCharsets.UTF_8),
                connection.post(body, System.nanoTime() + 2_000_000_000L).body(),
                "the closed connection was found before the request was sent on it");
        assertEquals(2, connections.get());
        assertEquals(2, requests.size());
        connection.close();
    }

    @Test
    void aRefusedConnectionIsNotSent() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HttpConnection connection = new HttpConnection("127.0.0.1", port, "/op");
        HttpConnection.NotSentException e = assertThrows(HttpConnection.NotSentException.class,
                () -> connection.post(new byte[0], System.nanoTime() + 1_000_000_000L));
        assertEquals("connection refused", e.getMessage());
    }

    @Test
    void aLongAnswerAcrossManyReadsIsReadWhole() throws IOException {
        StringBuilder value = new StringBuilder();
        for (int i = 0; value.length() < 50_000; i++) {
            value.append(i).append(',');
        }
        String body = "{\"type\":\"ok\",\"value\":\"" + value + "\"}";
        List<String> header = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            header.add("X-Filler-" + i + ": " + "y".repeat(200));
        }
        HttpJsonClient client = client(node((out, c, r) -> {
            byte[] bytes = ("HTTP/1.1 200 OK\r\n" + String.join("\r\n", header) + "\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
            // In small pieces, so that lines and the body span reads.
            for (int at = 0; at < bytes.length; at += 1000) {
                out.write(bytes, at, Math.min(1000, bytes.length - at));
                out.flush();
            }
        }), 5000);
        assertEquals(Completion.ok(value.toString()), client.invoke(READ));
    }
}
