package dev.ballot.paxos.multi;

import dev.ballot.paxos.Command;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client requests this node took in and has not answered, each with the tick by which it is
 * answered unknown if it has not been applied.
 */
final class Waiting {
    private record Key(long client, long seq) {
    }

    private final Map<Key, Command> commands = new LinkedHashMap<>();
    private final Map<Key, Long> deadlines = new LinkedHashMap<>();

    boolean contains(Command command) {
        return commands.containsKey(key(command));
    }

    void add(Command command, long deadline) {
        commands.put(key(command), command);
        deadlines.put(key(command), deadline);
    }

    /** Removes {@code command}; true if it was waiting. */
    boolean remove(Command command) {
        deadlines.remove(key(command));
        return commands.remove(key(command)) != null;
    }

    /**
     * Removes and returns the requests whose deadline is {@code now} or earlier. Deadlines grow
     * in the order requests arrive, so the scan stops at the first one still running.
     */
    List<Command> expire(long now) {
        List<Command> expired = new ArrayList<>();
        for (Iterator<Map.Entry<Key, Long>> it = deadlines.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Long> deadline = it.next();
            if (deadline.getValue() > now) {
                break;
            }
            it.remove();
            expired.add(commands.remove(deadline.getKey()));
        }
        return expired;
    }

    private static Key key(Command command) {
        return new Key(command.client(), command.seq());
    }
}
