package dev.ballot.paxos.multi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.Command;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duplicate suppression keeps one session per client and forgets clients idle for long. */
class SessionsTest {
    private static final long IDLE = 100;
    private static final long EVERY = 10;

    private final KvStateMachine machine = new KvStateMachine(IDLE, EVERY);

    private static Value write(long client, long seq) {
        return new Value.Batch(List.of(new Command(client, seq, new Request.Write(1, client * 1000 + seq))));
    }

    @Test
    void aRetryOfTheLatestRequestIsSkipped() {
        machine.apply(1, write(7, 1));
        assertTrue(machine.apply(2, write(7, 1)).isEmpty(), "the retry decided in a second slot is skipped");
        assertEquals(new Outcome.Ok(null), machine.outcomeOf(new Command(7, 1, new Request.Write(1, 7001))));
    }

    @Test
    void oneSessionPerClientHowEverManyRequestsItMade() {
        for (long slot = 1; slot <= 50; slot++) {
            machine.apply(slot, write(7, slot));
        }
        assertEquals(1, machine.sessions());
    }

    @Test
    void clientsIdleForLongAreForgottenAtADeterministicSlot() {
        for (long client = 1; client <= 1000; client++) {
            machine.apply(client, write(client, 1));
        }
        // Slot 1000 prunes sessions last active before slot 900; the newest stay.
        assertEquals(IDLE + 1, machine.sessions());
        assertNull(machine.outcomeOf(new Command(1, 1, new Request.Write(1, 1001))));
        machine.apply(1005, write(1000, 2));
        assertEquals(IDLE + 1, machine.sessions(), "sessions drop only at slots divisible by " + EVERY);
    }

    @Test
    void aSnapshotCarriesWhenEachSessionWasActive() {
        machine.apply(1, write(7, 1));
        machine.apply(95, write(8, 1));
        KvStateMachine restored = new KvStateMachine(IDLE, EVERY);
        restored.restore(machine.snapshot(95));
        restored.apply(110, new Value.Noop());
        assertEquals(1, restored.sessions(), "client 7, idle since slot 1, is gone at slot 110; client 8 stays");
    }
}
