package dev.ballot.paxos.server.codec;

import dev.ballot.paxos.Message;

/**
 * What travels in one peer frame: a core message and, in single-decree mode, the key of the
 * independent instance it belongs to (null in multi-Paxos mode, where there is one instance).
 */
public record Envelope(Long key, Message message) {
}
