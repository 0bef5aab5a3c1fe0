package dev.ballot.paxos.server.http;

import dev.ballot.paxos.Request;
import java.nio.charset.StandardCharsets;

/**
 * The fast path of {@link OpRequest}: a hand-written reader for the plain bodies clients send,
 * {@code {"f":"write","key":3,"value":7,"client":1,"seq":9}} and the like, that builds the request
 * without a Jackson tree (which was a visible share of a busy leader's CPU per operation). It
 * accepts only what it is sure of: fields {@code f, key, value, client, seq} at most once each,
 * plain integers (no fraction, exponent or more than 18 digits), {@code null}, a string without
 * escapes, a two-element cas array, and a request valid in the node's mode. Anything else,
 * every malformed body included, gives null and goes to the Jackson reader, which decides and
 * words the 400 answers; so both readers agree on everything this one accepts.
 */
final class CanonicalOp {
    private static final long ABSENT = Long.MIN_VALUE;

    private final byte[] body;
    private int at;

    private CanonicalOp(byte[] body) {
        this.body = body;
    }

    /** The request, or null if the body is not in the plain form (the caller uses Jackson). */
    static OpRequest parse(byte[] body, boolean keyed) {
        return new CanonicalOp(body).read(keyed);
    }

    private OpRequest read(boolean keyed) {
        String f = null;
        long[] numbers = {ABSENT, ABSENT, ABSENT, ABSENT}; // key, value, client, seq
        long[] cas = null;
        boolean[] seen = new boolean[5];
        if (!skip('{')) {
            return null;
        }
        do {
            String name = string();
            int field = name == null ? -1 : switch (name) {
                case "f" -> 0;
                case "key" -> 1;
                case "value" -> 2;
                case "client" -> 3;
                case "seq" -> 4;
                default -> -1;
            };
            if (field < 0 || seen[field] || !skip(':')) {
                return null;
            }
            seen[field] = true;
            if (field == 0) {
                f = string();
            } else if (field == 2 && peek() == '[') {
                cas = pair();
            } else {
                numbers[field - 1] = integerOrNull();
            }
            if (at < 0) {
                return null;
            }
        } while (skip(','));
        if (!skip('}') || peek() != -1 || f == null || (numbers[2] == ABSENT) != (numbers[3] == ABSENT)) {
            return null;
        }
        long key = numbers[0] == ABSENT ? 0 : numbers[0];
        Request request = switch (f) {
            case "read" -> seen[2] ? null : new Request.Read(key);
            case "write" -> keyed || numbers[1] == ABSENT ? null : new Request.Write(key, numbers[1]);
            case "propose" -> !keyed || numbers[1] == ABSENT ? null : new Request.Propose(numbers[1]);
            case "cas" -> keyed || cas == null ? null : new Request.Cas(key, cas[0] == ABSENT ? null : cas[0], cas[1]);
            default -> null;
        };
        if (request == null) {
            return null;
        }
        Long client = numbers[2] == ABSENT ? null : numbers[2];
        return new OpRequest(keyed ? key : null, request, client, client == null ? 0 : numbers[3]);
    }

    /** {@code [expected-or-null, new]}; null and {@code at} -1 if not exactly that. */
    private long[] pair() {
        skip('[');
        long expected = integerOrNull();
        if (at >= 0 && skip(',')) {
            long value = integerOrNull();
            if (at >= 0 && value != ABSENT && skip(']')) {
                return new long[] {expected, value};
            }
        }
        at = -1;
        return null;
    }

    /** A plain integer, or {@link #ABSENT} for {@code null}; sets {@code at} to -1 otherwise. */
    private long integerOrNull() {
        space();
        if (at + 4 <= body.length && body[at] == 'n' && body[at + 1] == 'u' && body[at + 2] == 'l' && body[at + 3] == 'l') {
            at += 4;
            return ABSENT;
        }
        boolean negative = at < body.length && body[at] == '-';
        int start = negative ? at + 1 : at;
        int end = start;
        long value = 0;
        while (end < body.length && body[end] >= '0' && body[end] <= '9' && end - start < 18) {
            value = value * 10 + (body[end++] - '0');
        }
        boolean plain = end > start && (body[start] != '0' || end == start + 1);
        boolean followed = end < body.length && (body[end] == '.' || body[end] == 'e' || body[end] == 'E'
                || (body[end] >= '0' && body[end] <= '9'));
        if (!plain || followed) {
            at = -1;
            return ABSENT;
        }
        at = end;
        return negative ? -value : value;
    }

    /** A string of printable ASCII without escapes; null and {@code at} -1 otherwise. */
    private String string() {
        if (!skip('"')) {
            at = -1;
            return null;
        }
        int start = at;
        while (at < body.length && body[at] != '"' && body[at] != '\\' && body[at] >= 0x20 && body[at] <= 0x7e) {
            at++;
        }
        if (at >= body.length || body[at] != '"') {
            at = -1;
            return null;
        }
        return new String(body, start, at++ - start, StandardCharsets.US_ASCII);
    }

    /** Skips white space then {@code c}; false (consuming nothing more) if {@code c} is not next. */
    private boolean skip(char c) {
        if (peek() != c) {
            return false;
        }
        at++;
        return true;
    }

    /** The next byte after white space, or -1 at the end (or after a failure). */
    private int peek() {
        if (at < 0) {
            return -1;
        }
        space();
        return at < body.length ? body[at] : -1;
    }

    private void space() {
        while (at >= 0 && at < body.length && (body[at] == ' ' || body[at] == '\t' || body[at] == '\n' || body[at] == '\r')) {
            at++;
        }
    }
}
