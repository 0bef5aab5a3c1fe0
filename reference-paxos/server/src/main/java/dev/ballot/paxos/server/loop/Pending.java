package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Command;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Reply;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The client calls waiting for an answer from the core, by {@code (client, seq)}. A call that the
 * core has not answered by its deadline is answered unknown: it may still happen. Several calls
 * with the same pair (a retry while the first attempt waits) share the core's one answer.
 * Event-loop thread only.
 */
final class Pending {
    private record Key(long client, long seq) {
    }

    private static final class Waiter {
        final List<Consumer<Outcome>> answers = new ArrayList<>(1);
        final long deadline;

        Waiter(long deadline) {
            this.deadline = deadline;
        }
    }

    private final Map<Key, Waiter> waiting = new LinkedHashMap<>();
    private final long timeoutNanos;

    Pending(long timeoutNanos) {
        this.timeoutNanos = timeoutNanos;
    }

    void add(Command command, Consumer<Outcome> answer, long now) {
        waiting.computeIfAbsent(new Key(command.client(), command.seq()), key -> new Waiter(now + timeoutNanos))
                .answers.add(answer);
    }

    void complete(Reply reply) {
        Waiter waiter = waiting.remove(new Key(reply.client(), reply.seq()));
        if (waiter != null) {
            waiter.answers.forEach(answer -> answer.accept(reply.outcome()));
        }
    }

    /** Answers unknown every call whose deadline passed; deadlines grow in insertion order. */
    void expire(long now) {
        for (Iterator<Waiter> it = waiting.values().iterator(); it.hasNext(); ) {
            Waiter waiter = it.next();
            if (waiter.deadline - now > 0) {
                return;
            }
            it.remove();
            Outcome unknown = new Outcome.Unknown("no answer within the node's request timeout");
            waiter.answers.forEach(answer -> answer.accept(unknown));
        }
    }

    int size() {
        return waiting.size();
    }
}
