package dev.ballot.paxos.server.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Snapshot;
import dev.ballot.paxos.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodecTest {
    private final Codec codec = new Codec();
    private static final Ballot BALLOT = new Ballot(3, 1);
    private static final Entry BATCH = new Entry(7, BALLOT, new Value.Batch(List.of(
            new Command(1, 2, new Request.Write(5, 6)), new Command(1, 3, new Request.Cas(5, null, 7)),
            new Command(2, 1, new Request.Read(5)))));
    private static final Snapshot SNAPSHOT = new Snapshot(64, Map.of(5L, 6L), Map.of(
            1L, new Snapshot.Session(3, new Outcome.Ok(null)),
            2L, new Snapshot.Session(1, new Outcome.Fail("cas mismatch: 6", -1, false)),
            4L, new Snapshot.Session(9, new Outcome.Unknown("timeout"))));

    @Test
    void everyMessageBodyRoundTrips() throws MalformedException {
        List<Body> bodies = List.of(
                new Body.Prepare(BALLOT, 4), new Body.Promise(BALLOT, List.of(BATCH), SNAPSHOT),
                new Body.Promise(BALLOT, List.of(), null), new Body.Accept(BATCH, 6),
                new Body.Accept(new Entry(0, BALLOT, new Value.Decree(42)), 0),
                new Body.Accept(new Entry(8, BALLOT, new Value.Noop()), 7), new Body.Accepted(BALLOT, 7),
                new Body.Nack(BALLOT, Ballot.ZERO), new Body.Chosen(SNAPSHOT, List.of(BATCH)),
                new Body.Heartbeat(BALLOT, 6, 11), new Body.HeartbeatAck(BALLOT, 11), new Body.Fetch(3),
                new Body.Rejoin(),
                new Body.RejoinReply(99, Map.of(1, 7L, 2, 8L), BALLOT, List.of(BATCH), List.of(BATCH), null),
                new Body.Rejoining(99));
        for (Body body : bodies) {
            for (Long key : new Long[] {null, 17L}) {
                Envelope envelope = new Envelope(key, new Message(1, 2, -5, body));
                assertEquals(envelope, codec.envelope(codec.encode(envelope)));
            }
        }
    }

    @Test
    void everyDurableRecordRoundTrips() throws MalformedException {
        List<Durable> records = List.of(new Durable.Incarnation(12), new Durable.Voting(),
                new Durable.PeerIncarnation(2, 13), new Durable.Promised(BALLOT), new Durable.Accepted(BATCH),
                new Durable.Chosen(BATCH), new Durable.Compacted(SNAPSHOT));
        for (Durable record : records) {
            for (Long key : new Long[] {null, -3L}) {
                Stored stored = new Stored(key, record);
                assertEquals(stored, codec.stored(codec.encode(stored)));
            }
        }
    }

    @Test
    void theEncodingIsCompactBinary() {
        byte[] bytes = codec.encode(new Envelope(null, new Message(0, 1, 5, new Body.Prepare(BALLOT, 4))));
        // format, no key, from, to, incarnation, tag, ballot (round, node), fromSlot
        assertEquals(1 + 1 + 4 + 4 + 8 + 1 + 12 + 8, bytes.length);
        assertEquals((byte) Codec.FORMAT, bytes[0]);
    }

    @Test
    void somethingElseIsMalformed() throws MalformedException {
        byte[] valid = codec.encode(new Envelope(null, new Message(0, 1, 5, new Body.Fetch(1))));
        List<byte[]> garbage = new ArrayList<>(List.of(new byte[0], "{}".getBytes(StandardCharsets.UTF_8),
                "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(valid, valid.length + 1), Arrays.copyOf(valid, valid.length - 1)));
        byte[] badTag = valid.clone();
        badTag[1 + 1 + 4 + 4 + 8] = 99;
        byte[] badPresence = valid.clone();
        badPresence[1] = 2;
        garbage.addAll(List.of(badTag, badPresence));
        for (byte[] bytes : garbage) {
            assertThrows(MalformedException.class, () -> codec.envelope(bytes), Arrays.toString(bytes));
        }
        assertEquals(new Body.Fetch(1), codec.envelope(valid).message().body());
    }

    @Test
    void aHugeCountInGarbageIsMalformedNotAnAllocation() {
        byte[] bytes = codec.encode(new Envelope(null, new Message(0, 1, 5, new Body.Promise(BALLOT, List.of(), null))));
        int countAt = 1 + 1 + 4 + 4 + 8 + 1 + 12;
        bytes[countAt] = 0x7f;
        assertThrows(MalformedException.class, () -> codec.envelope(bytes));
    }

    @Test
    void everyTruncationOfARecordIsMalformed() throws MalformedException {
        byte[] bytes = codec.encode(new Stored(3L, new Durable.Compacted(SNAPSHOT)));
        for (int length = 0; length < bytes.length; length++) {
            byte[] torn = Arrays.copyOf(bytes, length);
            assertThrows(MalformedException.class, () -> codec.stored(torn), "length " + length);
        }
        assertEquals(new Stored(3L, new Durable.Compacted(SNAPSHOT)), codec.stored(bytes));
    }
}
