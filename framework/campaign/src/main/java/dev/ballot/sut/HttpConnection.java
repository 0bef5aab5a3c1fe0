package dev.ballot.sut;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One blocking HTTP/1.1 connection, kept alive between requests, one request at a time: the
 * transport of {@link HttpJsonClient}. Not thread-safe.
 *
 * <p>Why not a library: every operation of a campaign takes this path, and on a 2-core machine
 * whose CPUs the nodes and the harness share, the client's CPU per request bounds the rate. With
 * 32 threads posting a small JSON body to a local node that answers at once, the client's CPU per
 * request measured (4 runs of 5 s each, after warm-up, load average 16-30): the JDK's
 * {@code java.net.http.HttpClient} 940-970 µs (a hand-off to its selector thread and back, and
 * futures, per request), {@code HttpURLConnection} 500-590 µs, Apache HttpClient 5.1 classic
 * 240-360 µs, this class 64-80 µs. {@code ballot bench --suite client} measures the whole client
 * path with it.
 *
 * <p>What it speaks: a request is written in one write (head and body, so one TCP segment); the
 * answer may be HTTP/1.0 or 1.1, with a body of {@code Content-Length}, chunked, or up to the end
 * of the connection; interim 1xx answers are skipped; the connection is closed after an answer
 * that says {@code Connection: close} (or an HTTP/1.0 one without keep-alive), and after any
 * error, so that a late answer is never read as the next request's. A connection idle for
 * {@link #STALE_AFTER_NANOS} is checked before it is used again: a node that closed it meanwhile
 * (an idle timeout) costs a reconnect, not a lost request.
 *
 * <p>How failures are told apart, which is what the client's outcomes rest on: a
 * {@link NotSentException} means the request certainly did not leave (the connection could not
 * be made); a {@link SocketTimeoutException} that the answer did not come in time; a
 * {@link MalformedReplyException} that what came back is not HTTP; any other
 * {@link IOException} that the connection failed after the request may have been sent.
 */
final class HttpConnection implements AutoCloseable {
    /** A kept-alive connection idle for longer is checked before it is used again. */
    static final long STALE_AFTER_NANOS = 1_000_000_000L;
    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 100;
    private static final int MAX_BODY = 64 << 20;

    private final String host;
    private final int port;
    private final byte[] head;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long lastUsed;

    /** @param path the request target, e.g. {@code /op} */
    HttpConnection(String host, int port, String path) {
        this.host = host;
        this.port = port;
        String authority = host.contains(":") ? "[" + host + "]" : host;
        this.head = ("POST " + path + " HTTP/1.1\r\nHost: " + authority + ":" + port
                + "\r\nContent-Type: application/json\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A status and a body. */
    record Response(int status, byte[] body) {
    }

    /** The request certainly did not leave: the connection could not be made. */
    static final class NotSentException extends IOException {
        NotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What came back is not an HTTP answer (or not one this class reads). */
    static final class MalformedReplyException extends IOException {
        MalformedReplyException(String message) {
            super(message);
        }
    }

    /**
     * {@code POST} of {@code json}, answered by {@code deadline} (a {@link System#nanoTime}
     * instant). The connection is made first if there is none. On any exception the connection
     * is closed.
     */
    Response post(byte[] json, long deadline) throws IOException {
        try {
            connect(deadline);
            byte[] length = Integer.toString(json.length).getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + length.length + 4 + json.length);
            System.arraycopy(length, 0, request, head.length, length.length);
            int at = head.length + length.length;
            request[at++] = '\r';
            request[at++] = '\n';
            request[at++] = '\r';
            request[at++] = '\n';
            System.arraycopy(json, 0, request, at, json.length);
            out.write(request);
            out.flush();
            Response response = response(deadline);
            lastUsed = System.nanoTime();
            return response;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Makes the connection unless a live one is open; throws {@link NotSentException}. */
    private void connect(long deadline) throws IOException {
        if (socket != null && System.nanoTime() - lastUsed > STALE_AFTER_NANOS && !alive()) {
            close();
        }
        if (socket != null) {
            return;
        }
        long millis = remainingMillis(deadline);
        Socket fresh = new Socket();
        try {
            if (millis <= 0) {
                throw new SocketTimeoutException("no time left to connect");
            }
            fresh.setTcpNoDelay(true);
            fresh.connect(new InetSocketAddress(host, port), (int) Math.min(millis, Integer.MAX_VALUE));
        } catch (ConnectException e) {
            fresh.close();
            throw new NotSentException("connection refused", e);
        } catch (SocketTimeoutException e) {
            fresh.close();
            throw new NotSentException("connect timed out", e);
        } catch (IOException | RuntimeException e) {
            fresh.close();
            throw new NotSentException("could not connect: " + e, e);
        }
        socket = fresh;
        in = fresh.getInputStream();
        out = fresh.getOutputStream();
        position = 0;
        limit = 0;
    }

    /**
     * Whether an idle connection is still open: a read that waits a millisecond finds nothing.
     * The end of the stream (the node closed it) or bytes nobody asked for both mean it is not
     * to be used.
     */
    private boolean alive() {
        if (position < limit) {
            return false;
        }
        try {
            socket.setSoTimeout(1);
            return in.read(buffer, 0, buffer.length) == 0;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Response response(long deadline) throws IOException {
        while (true) {
            String status = line(deadline);
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].length() != 3) {
                throw new MalformedReplyException("not an HTTP/1.x status line: " + printable(status));
            }
            int code;
            try {
                code = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new MalformedReplyException("not an HTTP status: " + printable(status));
            }
            boolean keepAlive = parts[0].equals("HTTP/1.1");
            long length = -1;
            boolean chunked = false;
            int headers = 0;
            for (String header = line(deadline); !header.isEmpty(); header = line(deadline)) {
                if (++headers > MAX_HEADERS) {
                    throw new MalformedReplyException("more than " + MAX_HEADERS + " headers");
                }
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    throw new MalformedReplyException("not a header: " + printable(header));
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = contentLength(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).endsWith("chunked");
                    case "connection" -> keepAlive = keepAlive(value, keepAlive);
                    default -> {
                        // nothing else matters here
                    }
                }
            }
            if (code >= 100 && code < 200) {
                continue;
            }
            byte[] body;
            if (code == 204 || code == 304) {
                body = new byte[0];
            } else if (chunked) {
                body = chunked(deadline);
            } else if (length >= 0) {
                body = exactly((int) length, deadline);
            } else {
                body = untilClosed(deadline);
                keepAlive = false;
            }
            if (!keepAlive) {
                close();
            }
            return new Response(code, body);
        }
    }

    private static long contentLength(String value) throws MalformedReplyException {
        try {
            long length = Long.parseLong(value);
            if (length < 0 || length > MAX_BODY) {
                throw new MalformedReplyException("Content-Length out of range: " + printable(value));
            }
            return length;
        } catch (NumberFormatException e) {
            throw new MalformedReplyException("not a Content-Length: " + printable(value));
        }
    }

    private static boolean keepAlive(String connection, boolean otherwise) {
        for (String token : connection.toLowerCase(Locale.ROOT).split(",")) {
            if (token.trim().equals("close")) {
                return false;
            }
            if (token.trim().equals("keep-alive")) {
                return true;
            }
        }
        return otherwise;
    }

    private byte[] chunked(long deadline) throws IOException {
        byte[] body = new byte[0];
        while (true) {
            String size = line(deadline);
            int extension = size.indexOf(';');
            int length;
            try {
                length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new MalformedReplyException("not a chunk size: " + printable(size));
            }
            if (length < 0 || body.length + (long) length > MAX_BODY) {
                throw new MalformedReplyException("chunk size out of range: " + printable(size));
            }
            if (length == 0) {
                // Trailers, if any, up to the empty line.
                while (!line(deadline).isEmpty()) {
                    // skipped
                }
                return body;
            }
            byte[] chunk = exactly(length, deadline);
            int from = body.length;
            body = Arrays.copyOf(body, from + length);
            System.arraycopy(chunk, 0, body, from, length);
            if (!line(deadline).isEmpty()) {
                throw new MalformedReplyException("a chunk not followed by CRLF");
            }
        }
    }

    private byte[] exactly(int length, long deadline) throws IOException {
        byte[] body = new byte[length];
        int have = 0;
        while (have < length) {
            if (position == limit && !fill(deadline)) {
                throw new IOException("connection closed after " + have + " of " + length
                        + " bytes of the body");
            }
            int n = Math.min(length - have, limit - position);
            System.arraycopy(buffer, position, body, have, n);
            position += n;
            have += n;
        }
        return body;
    }

    private byte[] untilClosed(long deadline) throws IOException {
        byte[] body = new byte[0];
        while (position < limit || fill(deadline)) {
            int n = limit - position;
            if (body.length + (long) n > MAX_BODY) {
                throw new MalformedReplyException("body longer than " + MAX_BODY + " bytes");
            }
            body = Arrays.copyOf(body, body.length + n);
            System.arraycopy(buffer, position, body, body.length - n, n);
            position = limit;
        }
        return body;
    }

    /** A line up to LF, without CR LF, read as ISO-8859-1 (which every byte is). */
    private String line(long deadline) throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit && !fill(deadline)) {
                throw new IOException("connection closed inside the answer's head");
            }
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int found = end;
            position = end < limit ? end + 1 : end;
            if (line == null && found < limit) {
                // The common case: the whole line is in the buffer.
                if (found > start && buffer[found - 1] == '\r') {
                    found--;
                }
                if (found - start > MAX_LINE) {
                    throw new MalformedReplyException("a line longer than " + MAX_LINE + " bytes");
                }
                return new String(buffer, start, found - start, StandardCharsets.ISO_8859_1);
            }
            if (line == null) {
                line = new StringBuilder(128);
            }
            line.append(new String(buffer, start, found - start, StandardCharsets.ISO_8859_1));
            if (line.length() > MAX_LINE) {
                throw new MalformedReplyException("a line longer than " + MAX_LINE + " bytes");
            }
            if (found < limit) {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
        }
    }

    /**
     * Reads more into the empty buffer, waiting at most until {@code deadline}; false at the end
     * of the stream. Throws {@link SocketTimeoutException} when the deadline passes.
     */
    private boolean fill(long deadline) throws IOException {
        long millis = remainingMillis(deadline);
        if (millis <= 0) {
            throw new SocketTimeoutException("no answer in time");
        }
        socket.setSoTimeout((int) Math.min(millis, Integer.MAX_VALUE));
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Whole milliseconds left until {@code deadline}, rounded up. */
    private static long remainingMillis(long deadline) {
        long nanos = deadline - System.nanoTime();
        return nanos <= 0 ? 0 : (nanos + 999_999) / 1_000_000;
    }

    /** At most 80 characters of {@code text}, control characters shown as '?'. */
    private static String printable(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        StringBuilder shown = new StringBuilder(cut.length());
        cut.chars().forEach(c -> shown.append(c < 0x20 || c == 0x7f ? '?' : (char) c));
        return shown.toString();
    }

    /** Closes the connection, if any; the next request makes a new one. Never throws. */
    @Override
    public void close() {
        Socket open = socket;
        socket = null;
        in = null;
        out = null;
        position = 0;
        limit = 0;
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // it is dropped either way
            }
        }
    }
}
