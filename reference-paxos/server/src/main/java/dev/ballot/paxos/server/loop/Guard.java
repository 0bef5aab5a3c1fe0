package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Input;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Replica;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps a replica so that an input it throws on (a peer's message with a null where the core
 * expects a value, say) is logged and dropped instead of ending the event loop. The core's own
 * records of a step that threw stay in its outbox and leave with its next Ready, still before
 * that Ready's messages, so the persist-before-send order holds.
 */
final class Guard {
    private static final Logger LOG = LoggerFactory.getLogger(Guard.class);

    private Guard() {
    }

    static void step(Replica replica, Long key, Input input, Work work) {
        Ready ready;
        try {
            ready = replica.step(input);
        } catch (RuntimeException | AssertionError e) {
            LOG.error("dropped an input the core could not take (key {}): {}", key, input, e);
            return;
        }
        work.add(key, ready);
    }
}
