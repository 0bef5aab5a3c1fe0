package dev.ballot.paxos.server.local;

import dev.ballot.paxos.server.http.ByteInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One blocking HTTP/1.1 keep-alive connection to a node's client API, one request at a time: the
 * benchmark's client, which must cost far less CPU than the cluster it measures (the JDK's
 * {@code HttpClient} spends several times more per request, in its selector and futures). It
 * speaks only what the node's server answers: a status line, headers with
 * {@code Content-Length}, a body. Not thread-safe: one per client thread and node.
 */
final class HttpConnection implements AutoCloseable {
    private final URI node;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final StringBuilder line = new StringBuilder(64);

    HttpConnection(URI node, int timeoutMillis) {
        this.node = node;
        this.timeoutMillis = timeoutMillis;
    }

    /** {@code POST path} with a JSON body; returns the response body. Reconnects if needed. */
    String post(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + node.getHost() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            connect();
            // One write, so one TCP segment: two would cost the node a second wake-up and read.
            byte[] whole = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, whole, head.length, body.length);
            out.write(whole);
            out.flush();
            return response();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        if (socket != null) {
            return;
        }
        Socket fresh = new Socket();
        fresh.setTcpNoDelay(true);
        fresh.connect(new InetSocketAddress(node.getHost(), node.getPort()), timeoutMillis);
        fresh.setSoTimeout(timeoutMillis);
        socket = fresh;
        in = new ByteInput(fresh.getInputStream(), 4096);
        out = fresh.getOutputStream();
    }

    private String response() throws IOException {
        String status = readLine();
        if (!status.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP/1.1 response: " + status);
        }
        int length = -1;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(header.substring(colon + 1).trim());
            }
        }
        if (length < 0) {
            throw new IOException("a response without Content-Length");
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("response body cut short");
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
        line.setLength(0);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the connection is dropped either way
            }
        }
        socket = null;
    }
}
