package dev.ballot.paxos.server.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 request read from a connection, and the writing of its answer: the small part of
 * HTTP the client API needs. A request has a body only with {@code Content-Length} (a chunked one
 * is answered 411); {@code Expect: 100-continue} is honoured; the connection is kept alive unless
 * the client says {@code Connection: close} or speaks HTTP/1.0. The answer goes out in one write,
 * headers and body together, so a small answer is one TCP segment.
 */
final class Exchange {
    /** Longest request line or header line accepted. */
    private static final int MAX_LINE = 8192;

    final String method;
    final String path;
    /** The body, or null when it was refused (see {@link #refusal}). */
    final byte[] body;
    /** Set when the request cannot be served: answer it with this status and close. */
    final int refusal;
    final boolean keepAlive;

    private Exchange(String method, String path, byte[] body, int refusal, boolean keepAlive) {
        this.method = method;
        this.path = path;
        this.body = body;
        this.refusal = refusal;
        this.keepAlive = keepAlive;
    }

    /** Reads the next request; null if the client closed the connection between requests. */
    static Exchange read(InputStream in, OutputStream out, int maxBody) throws IOException {
        String requestLine = line(in, true);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            return new Exchange("", "", null, 400, false);
        }
        int query = parts[1].indexOf('?');
        String path = query < 0 ? parts[1] : parts[1].substring(0, query);
        boolean keepAlive = parts[2].equals("HTTP/1.1");
        long length = 0;
        boolean chunked = false;
        boolean expectContinue = false;
        for (String header = line(in, false); !header.isEmpty(); header = line(in, false)) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                return new Exchange(parts[0], path, null, 400, false);
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = parseLength(value);
                case "transfer-encoding" -> chunked = !value.equalsIgnoreCase("identity");
                case "connection" -> keepAlive = keepAlive && !value.equalsIgnoreCase("close");
                case "expect" -> expectContinue = value.equalsIgnoreCase("100-continue");
                default -> {
                    // other headers do not matter here
                }
            }
        }
        if (chunked || length < 0) {
            return new Exchange(parts[0], path, null, chunked ? 411 : 400, false);
        }
        if (length > maxBody) {
            return new Exchange(parts[0], path, null, 413, false);
        }
        if (expectContinue) {
            // An answer to the request before may be being written by another thread.
            synchronized (out) {
                out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new EOFException("request body cut short");
        }
        return new Exchange(parts[0], path, body, 0, keepAlive);
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One CRLF-terminated line; null at a clean end of stream if {@code endOk}. */
    private static String line(InputStream in, boolean endOk) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                if (endOk && line.length() == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside a request");
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("request line or header longer than " + MAX_LINE);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** Writes a JSON answer in one write; {@code close} tells the client the connection ends. */
    static void answer(OutputStream out, int code, byte[] json, boolean close) throws IOException {
        byte[] head = ("HTTP/1.1 " + code + " " + reason(code) + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + json.length + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] whole = new byte[head.length + json.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(json, 0, whole, head.length, json.length);
        out.write(whole);
        out.flush();
    }

    private static String reason(int code) {
        return switch (code) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 411 -> "Length Required";
            case 413 -> "Payload Too Large";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
