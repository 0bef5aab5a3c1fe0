package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Applied;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Reply;
import dev.ballot.paxos.server.codec.Envelope;
import dev.ballot.paxos.server.codec.Stored;
import java.util.ArrayList;
import java.util.List;

/**
 * The merged {@link Ready}s of one batch of inputs (group commit): the proposer requests that may
 * leave at once, every record to persist in the order the core emitted them (to be forced if any
 * Ready asks for it), then every other message and reply, which leave only after the records are
 * on disk. Merging is safe because the core's contract orders persist before send within a Ready,
 * and a later Ready's sends depend on no record beyond what is persisted here.
 */
final class Work {
    final List<Envelope> early = new ArrayList<>();
    final List<Stored> persist = new ArrayList<>();
    boolean sync;
    final List<Envelope> send = new ArrayList<>();
    final List<Reply> replies = new ArrayList<>();
    long appliedSlot = -1;

    /** Adds what {@code ready} asks for; {@code key} names the keyed instance that produced it. */
    void add(Long key, Ready ready) {
        for (Message message : ready.sendBeforePersist()) {
            early.add(new Envelope(key, message));
        }
        for (Durable record : ready.persist()) {
            persist.add(new Stored(key, record));
        }
        sync |= ready.syncBeforeSend();
        for (Message message : ready.send()) {
            send.add(new Envelope(key, message));
        }
        replies.addAll(ready.replies());
        for (Applied applied : ready.applied()) {
            appliedSlot = Math.max(appliedSlot, applied.slot());
        }
    }

}
