package dev.ballot.paxos.multi;

import dev.ballot.paxos.Command;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client requests this node took in and has not answered, each with the tick by which it is
 * answered unknown if it has not been applied.
 *
 * <p>Deadlines grow in the order requests arrive, so they queue in that order and expiry looks
 * only at the head; a request answered earlier stays in the queue until its deadline and is then
 * skipped. A tick with nothing due costs one comparison and allocates nothing.
 */
final class Waiting {
    /** A request's identity. Equality written out: it is hashed on every request and answer. */
    private record Key(long client, long seq) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && client == key.client && seq == key.seq;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(client * 31 + seq);
        }
    }

    private record Deadline(long tick, Key key, Command command) {
    }

    private final Map<Key, Deadline> commands = new HashMap<>();
    private final ArrayDeque<Deadline> deadlines = new ArrayDeque<>();

    boolean contains(Command command) {
        return !commands.isEmpty() && commands.containsKey(key(command));
    }

    void add(Command command, long deadline) {
        Deadline entry = new Deadline(deadline, key(command), command);
        commands.put(entry.key(), entry);
        deadlines.add(entry);
    }

    /** Removes {@code command}; true if it was waiting. */
    boolean remove(Command command) {
        // A follower waits for nothing but learns every command: spare it a key per command.
        return !commands.isEmpty() && commands.remove(key(command)) != null;
    }

    /** Removes and returns the requests whose deadline is {@code now} or earlier. */
    List<Command> expire(long now) {
        if (deadlines.isEmpty() || deadlines.peek().tick() > now) {
            return List.of();
        }
        List<Command> expired = new ArrayList<>();
        while (!deadlines.isEmpty() && deadlines.peek().tick() <= now) {
            Deadline due = deadlines.poll();
            // Only if the request still waits under this deadline: it may have been answered, or
            // answered and taken in again with a later one.
            if (commands.remove(due.key(), due)) {
                expired.add(due.command());
            }
        }
        return expired;
    }

    private static Key key(Command command) {
        return new Key(command.client(), command.seq());
    }
}
