package dev.ballot.paxos.server.codec;

import dev.ballot.paxos.Message;

/**
 * Encodes peer frames ({@link Envelope}) and durable log records ({@link Stored}) in a compact
 * binary form: a format byte ({@value #FORMAT}), the instance key (a presence byte, then 8 bytes),
 * then for a frame the message's sender, receiver (4 bytes each) and incarnation (8 bytes) and its
 * body, for a record the core's durable record. Bodies and records are a tag byte and their
 * components in order ({@link Bodies}, {@link Wire}); integers are big-endian, strings a 4-byte
 * length and UTF-8. The server's README has the tables.
 *
 * <p>Binary rather than JSON because encoding and decoding were most of a busy leader's CPU. It
 * stays strict: a wrong format byte, an unknown tag, a truncated or over-long payload, or an
 * impossible count fails with {@link MalformedException}, so a frame from a peer that speaks
 * something else is rejected whole. Thread-safe (stateless).
 */
public final class Codec {
    /** The first byte of every payload: the version of this encoding. */
    public static final int FORMAT = 0xB1;

    public byte[] encode(Envelope envelope) {
        Out out = start(envelope.key(), 64);
        Message message = envelope.message();
        out.i32(message.from());
        out.i32(message.to());
        out.i64(message.incarnation());
        Bodies.body(out, message.body());
        return out.toByteArray();
    }

    public byte[] encode(Stored stored) {
        Out out = start(stored.key(), 48);
        Bodies.durable(out, stored.record());
        return out.toByteArray();
    }

    private static Out start(Long key, int capacity) {
        Out out = new Out(capacity);
        out.u8(FORMAT);
        out.optionalI64(key);
        return out;
    }

    /** Decodes a peer frame; throws {@link MalformedException} if it is not a valid envelope. */
    public Envelope envelope(byte[] bytes) throws MalformedException {
        try {
            In in = open(bytes);
            Long key = in.optionalI64();
            Envelope envelope = new Envelope(key, new Message(in.i32(), in.i32(), in.i64(), Bodies.body(in)));
            in.end();
            return envelope;
        } catch (RuntimeException e) {
            throw new MalformedException("not an envelope: " + e);
        }
    }

    /** Decodes a log record; throws {@link MalformedException} if it is not a valid record. */
    public Stored stored(byte[] bytes) throws MalformedException {
        try {
            In in = open(bytes);
            Stored stored = new Stored(in.optionalI64(), Bodies.durable(in));
            in.end();
            return stored;
        } catch (RuntimeException e) {
            throw new MalformedException("not a record: " + e);
        }
    }

    private static In open(byte[] bytes) throws MalformedException {
        In in = new In(bytes);
        int format = in.u8();
        if (format != FORMAT) {
            throw new MalformedException("format byte " + format + ", expected " + FORMAT);
        }
        return in;
    }
}
