package dev.ballot.paxos.server.codec;

import dev.ballot.paxos.Body;
import dev.ballot.paxos.Durable;

/**
 * The binary form of message bodies and durable records: a tag byte, then the components in
 * declaration order, each as {@link Wire} writes it. The tags are part of the log format.
 */
final class Bodies {
    private Bodies() {
    }

    static void body(Out out, Body body) {
        if (body instanceof Body.Prepare b) {
            out.u8(1);
            Wire.ballot(out, b.ballot());
            out.i64(b.fromSlot());
        } else if (body instanceof Body.Promise b) {
            out.u8(2);
            Wire.ballot(out, b.ballot());
            Wire.entries(out, b.accepted());
            Wire.snapshot(out, b.snapshot());
        } else if (body instanceof Body.Accept b) {
            out.u8(3);
            Wire.entry(out, b.proposal());
            out.i64(b.commitIndex());
        } else if (body instanceof Body.Accepted b) {
            out.u8(4);
            Wire.ballot(out, b.ballot());
            out.i64(b.slot());
        } else if (body instanceof Body.Nack b) {
            out.u8(5);
            Wire.ballot(out, b.ballot());
            Wire.ballot(out, b.promised());
        } else if (body instanceof Body.Chosen b) {
            out.u8(6);
            Wire.snapshot(out, b.snapshot());
            Wire.entries(out, b.entries());
        } else if (body instanceof Body.Heartbeat b) {
            out.u8(7);
            Wire.ballot(out, b.ballot());
            out.i64(b.commitIndex());
            out.i64(b.seq());
        } else if (body instanceof Body.HeartbeatAck b) {
            out.u8(8);
            Wire.ballot(out, b.ballot());
            out.i64(b.seq());
        } else if (body instanceof Body.Fetch b) {
            out.u8(9);
            out.i64(b.fromSlot());
        } else if (body instanceof Body.Rejoin) {
            out.u8(10);
        } else if (body instanceof Body.RejoinReply b) {
            out.u8(11);
            out.i64(b.forIncarnation());
            Wire.incarnations(out, b.incarnations());
            Wire.ballot(out, b.promised());
            Wire.entries(out, b.accepted());
            Wire.entries(out, b.chosen());
            Wire.snapshot(out, b.snapshot());
        } else if (body instanceof Body.Rejoining b) {
            out.u8(12);
            out.i64(b.forIncarnation());
        } else {
            throw new AssertionError(body);
        }
    }

    static Body body(In in) throws MalformedException {
        int tag = in.u8();
        switch (tag) {
            case 1:
                return new Body.Prepare(Wire.ballot(in), in.i64());
            case 2:
                return new Body.Promise(Wire.ballot(in), Wire.entries(in), Wire.snapshot(in));
            case 3:
                return new Body.Accept(Wire.entry(in), in.i64());
            case 4:
                return new Body.Accepted(Wire.ballot(in), in.i64());
            case 5:
                return new Body.Nack(Wire.ballot(in), Wire.ballot(in));
            case 6:
                return new Body.Chosen(Wire.snapshot(in), Wire.entries(in));
            case 7:
                return new Body.Heartbeat(Wire.ballot(in), in.i64(), in.i64());
            case 8:
                return new Body.HeartbeatAck(Wire.ballot(in), in.i64());
            case 9:
                return new Body.Fetch(in.i64());
            case 10:
                return new Body.Rejoin();
            case 11:
                return new Body.RejoinReply(in.i64(), Wire.incarnations(in), Wire.ballot(in), Wire.entries(in),
                        Wire.entries(in), Wire.snapshot(in));
            case 12:
                return new Body.Rejoining(in.i64());
            default:
                throw new MalformedException("unknown body tag " + tag);
        }
    }

    static void durable(Out out, Durable record) {
        if (record instanceof Durable.Incarnation r) {
            out.u8(1);
            out.i64(r.id());
        } else if (record instanceof Durable.Voting) {
            out.u8(2);
        } else if (record instanceof Durable.PeerIncarnation r) {
            out.u8(3);
            out.i32(r.node());
            out.i64(r.id());
        } else if (record instanceof Durable.Promised r) {
            out.u8(4);
            Wire.ballot(out, r.ballot());
        } else if (record instanceof Durable.Accepted r) {
            out.u8(5);
            Wire.entry(out, r.entry());
        } else if (record instanceof Durable.Chosen r) {
            out.u8(6);
            Wire.entry(out, r.entry());
        } else if (record instanceof Durable.Compacted r) {
            out.u8(7);
            Wire.snapshot(out, r.snapshot());
        } else {
            throw new AssertionError(record);
        }
    }

    static Durable durable(In in) throws MalformedException {
        int tag = in.u8();
        switch (tag) {
            case 1:
                return new Durable.Incarnation(in.i64());
            case 2:
                return new Durable.Voting();
            case 3:
                return new Durable.PeerIncarnation(in.i32(), in.i64());
            case 4:
                return new Durable.Promised(Wire.ballot(in));
            case 5:
                return new Durable.Accepted(Wire.entry(in));
            case 6:
                return new Durable.Chosen(Wire.entry(in));
            case 7:
                Durable.Compacted compacted = new Durable.Compacted(Wire.snapshot(in));
                if (compacted.snapshot() == null) {
                    throw new MalformedException("a compaction without a snapshot");
                }
                return compacted;
            default:
                throw new MalformedException("unknown record tag " + tag);
        }
    }
}
