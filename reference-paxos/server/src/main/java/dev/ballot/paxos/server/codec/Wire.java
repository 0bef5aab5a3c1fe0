package dev.ballot.paxos.server.codec;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Snapshot;
import dev.ballot.paxos.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of the core's values that messages and records are made of: ballots, entries,
 * values, commands, requests, outcomes, snapshots. Every member of a sealed hierarchy is a tag
 * byte followed by its components in declaration order; the tags are fixed here (not derived from
 * the order of the Java declarations) because they are on disk. {@link Bodies} builds messages
 * and records from them.
 */
final class Wire {
    /** The fewest bytes an entry takes: slot, ballot, value tag. */
    static final int MIN_ENTRY = 8 + 12 + 1;

    private Wire() {
    }

    static void ballot(Out out, Ballot ballot) {
        out.i64(ballot.round());
        out.i32(ballot.nodeId());
    }

    static Ballot ballot(In in) throws MalformedException {
        return new Ballot(in.i64(), in.i32());
    }

    static void entry(Out out, Entry entry) {
        out.i64(entry.slot());
        ballot(out, entry.ballot());
        value(out, entry.value());
    }

    static Entry entry(In in) throws MalformedException {
        return new Entry(in.i64(), ballot(in), value(in));
    }

    /** Nodes' incarnations: a count, then (node, incarnation) pairs. */
    static void incarnations(Out out, Map<Integer, Long> incarnations) {
        out.i32(incarnations.size());
        incarnations.forEach((node, id) -> {
            out.i32(node);
            out.i64(id);
        });
    }

    static Map<Integer, Long> incarnations(In in) throws MalformedException {
        int count = in.count(12);
        Map<Integer, Long> incarnations = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int node = in.i32();
            if (incarnations.put(node, in.i64()) != null) {
                throw new MalformedException("node " + node + " named twice among incarnations");
            }
        }
        return incarnations;
    }

    static void entries(Out out, List<Entry> entries) {
        out.i32(entries.size());
        for (Entry entry : entries) {
            entry(out, entry);
        }
    }

    static List<Entry> entries(In in) throws MalformedException {
        int count = in.count(MIN_ENTRY);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(entry(in));
        }
        return entries;
    }

    private static void value(Out out, Value value) {
        if (value instanceof Value.Decree decree) {
            out.u8(1);
            out.i64(decree.value());
        } else if (value instanceof Value.Batch batch) {
            out.u8(2);
            out.i32(batch.commands().size());
            for (Command command : batch.commands()) {
                command(out, command);
            }
        } else if (value instanceof Value.Noop) {
            out.u8(3);
        } else {
            throw new AssertionError(value);
        }
    }

    private static Value value(In in) throws MalformedException {
        int tag = in.u8();
        switch (tag) {
            case 1:
                return new Value.Decree(in.i64());
            case 2:
                int count = in.count(8 + 8 + 1 + 8);
                List<Command> commands = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    commands.add(new Command(in.i64(), in.i64(), request(in)));
                }
                return new Value.Batch(commands);
            case 3:
                return new Value.Noop();
            default:
                throw new MalformedException("unknown value tag " + tag);
        }
    }

    private static void command(Out out, Command command) {
        out.i64(command.client());
        out.i64(command.seq());
        request(out, command.request());
    }

    private static void request(Out out, Request request) {
        if (request instanceof Request.Propose propose) {
            out.u8(1);
            out.i64(propose.value());
        } else if (request instanceof Request.Read read) {
            out.u8(2);
            out.i64(read.key());
        } else if (request instanceof Request.Write write) {
            out.u8(3);
            out.i64(write.key());
            out.i64(write.value());
        } else if (request instanceof Request.Cas cas) {
            out.u8(4);
            out.i64(cas.key());
            out.optionalI64(cas.expected());
            out.i64(cas.value());
        } else {
            throw new AssertionError(request);
        }
    }

    private static Request request(In in) throws MalformedException {
        int tag = in.u8();
        switch (tag) {
            case 1:
                return new Request.Propose(in.i64());
            case 2:
                return new Request.Read(in.i64());
            case 3:
                return new Request.Write(in.i64(), in.i64());
            case 4:
                return new Request.Cas(in.i64(), in.optionalI64(), in.i64());
            default:
                throw new MalformedException("unknown request tag " + tag);
        }
    }

    static void outcome(Out out, Outcome outcome) {
        if (outcome instanceof Outcome.Ok ok) {
            out.u8(1);
            out.optionalI64(ok.value());
        } else if (outcome instanceof Outcome.Fail fail) {
            out.u8(2);
            out.string(fail.error());
            out.i32(fail.leaderHint());
            out.bool(fail.refused());
        } else if (outcome instanceof Outcome.Unknown unknown) {
            out.u8(3);
            out.string(unknown.error());
        } else {
            throw new AssertionError(outcome);
        }
    }

    static Outcome outcome(In in) throws MalformedException {
        int tag = in.u8();
        switch (tag) {
            case 1:
                return new Outcome.Ok(in.optionalI64());
            case 2:
                return new Outcome.Fail(in.string(), in.i32(), in.bool());
            case 3:
                return new Outcome.Unknown(in.string());
            default:
                throw new MalformedException("unknown outcome tag " + tag);
        }
    }

    /** A snapshot that may be null: a presence byte first. */
    static void snapshot(Out out, Snapshot snapshot) {
        out.bool(snapshot != null);
        if (snapshot == null) {
            return;
        }
        out.i64(snapshot.slot());
        out.i32(snapshot.registers().size());
        snapshot.registers().forEach((key, value) -> {
            out.i64(key);
            out.i64(value);
        });
        out.i32(snapshot.sessions().size());
        snapshot.sessions().forEach((client, session) -> {
            out.i64(client);
            out.i64(session.seq());
            outcome(out, session.outcome());
            out.i64(session.lastSlot());
        });
    }

    static Snapshot snapshot(In in) throws MalformedException {
        if (!in.bool()) {
            return null;
        }
        long slot = in.i64();
        int registerCount = in.count(16);
        Map<Long, Long> registers = new HashMap<>(registerCount * 2);
        for (int i = 0; i < registerCount; i++) {
            registers.put(in.i64(), in.i64());
        }
        int sessionCount = in.count(8 + 8 + 1 + 8);
        Map<Long, Snapshot.Session> sessions = new HashMap<>(sessionCount * 2);
        for (int i = 0; i < sessionCount; i++) {
            sessions.put(in.i64(), new Snapshot.Session(in.i64(), outcome(in), in.i64()));
        }
        return new Snapshot(slot, registers, sessions);
    }
}
