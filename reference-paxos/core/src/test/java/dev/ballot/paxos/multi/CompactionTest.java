package dev.ballot.paxos.multi;

import dev.ballot.paxos.role.Node;
import static dev.ballot.paxos.Inputs.from;
import static dev.ballot.paxos.Inputs.only;
import static dev.ballot.paxos.Inputs.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Input;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Snapshot;
import dev.ballot.paxos.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots bound the log; laggards and candidates behind a snapshot get it. */
class CompactionTest {
    private static final Ballot BALLOT = new Ballot(1, 2);

    private final Replica node = Node.bootstrap(Config.of(0, 3), random(), MultiPaxos.FACTORY);
    private final List<Durable> disk = new ArrayList<>();

    private static final int EVERY = Config.of(0, 3).timing().snapshotEvery();

    /** Learns slots 1..EVERY (a snapshot is due after them), then {@code more} slots. */
    private void learnSlots(int more) {
        learnSlots(1, EVERY);
        learnSlots(EVERY + 1, EVERY + more);
    }

    /** Learns slots first..last in one message, each writing its slot number to key 1. */
    private void learnSlots(long first, long last) {
        List<Entry> entries = new ArrayList<>();
        for (long slot = first; slot <= last; slot++) {
            Command write = new Command(100 + slot, 1, new Request.Write(1, slot));
            entries.add(new Entry(slot, BALLOT, new Value.Batch(List.of(write))));
        }
        disk.addAll(node.step(from(2, 0, new Body.Chosen(null, entries))).persist());
    }

    @Test
    void snapshotsEverySoManySlotsAndDropsWhatItCovers() {
        int every = EVERY;
        learnSlots(3);
        Snapshot snapshot = disk.stream().filter(r -> r instanceof Durable.Compacted)
                .map(r -> ((Durable.Compacted) r).snapshot()).findFirst().orElseThrow();
        assertEquals(every, snapshot.slot());
        assertEquals((long) every, snapshot.registers().get(1L));
        assertTrue(node.checkpoint().stream().noneMatch(r -> r instanceof Durable.Chosen c && c.entry().slot() <= every),
                "the checkpoint keeps no slot the snapshot covers");
    }

    @Test
    void aLaggardFetchingCompactedSlotsGetsTheSnapshotAndTheRest() {
        int every = EVERY;
        learnSlots(3);
        Body.Chosen answer = only(node.step(from(1, 0, new Body.Fetch(1))), 1, Body.Chosen.class);
        assertNotNull(answer.snapshot());
        assertEquals(List.of((long) every + 1, (long) every + 2, (long) every + 3),
                answer.entries().stream().map(Entry::slot).toList());
    }

    @Test
    void aCandidateBehindTheSnapshotGetsItWithThePromise() {
        learnSlots(0);
        Ready ready = node.step(from(1, 0, new Body.Prepare(new Ballot(5, 1), 1)));
        assertNotNull(only(ready, 1, Body.Promise.class).snapshot());
    }

    @Test
    void aRestartFromDiskRebuildsTheStateMachine() {
        learnSlots(2);
        Replica restarted = Node.recover(Config.of(0, 3), random(), disk, MultiPaxos.FACTORY);
        Ready ready = restarted.step(from(1, 0, new Body.Fetch(1)));
        Body.Chosen answer = only(ready, 1, Body.Chosen.class);
        assertEquals(2, answer.entries().size());
        // A request applied before the crash is answered from the rebuilt sessions.
        Ready retry = restarted.step(new Input.ClientRequest(
                new Command(100 + 66, 1, new Request.Write(1, 66))));
        assertEquals(new Outcome.Ok(null), retry.replies().get(0).outcome());
    }
}
