package dev.ballot.paxos;

import java.util.List;

/**
 * Everything one {@link Replica#step} asks the shell to do, in this order: write and fsync
 * {@code persist}; then send {@code send} and deliver {@code replies} (in any order, any may be
 * lost). {@code learned} and {@code applied} are news for observers (logs, tests); they need no
 * action.
 *
 * @param persist records for stable storage, in order
 * @param send messages to peers (never to this node: the core delivers those itself)
 * @param replies answers to clients
 * @param learned proposals this node learned are chosen
 * @param applied commands the state machine executed
 */
public record Ready(List<Durable> persist, List<Message> send, List<Reply> replies,
                    List<Entry> learned, List<Applied> applied) {

    public Ready {
        persist = List.copyOf(persist);
        send = List.copyOf(send);
        replies = List.copyOf(replies);
        learned = List.copyOf(learned);
        applied = List.copyOf(applied);
    }

    public boolean isEmpty() {
        return persist.isEmpty() && send.isEmpty() && replies.isEmpty() && learned.isEmpty()
                && applied.isEmpty();
    }
}
