package dev.ballot.paxos.server.net;

import dev.ballot.paxos.Message;
import dev.ballot.paxos.server.codec.Codec;
import dev.ballot.paxos.server.codec.Envelope;
import dev.ballot.paxos.server.codec.MalformedException;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Peer-to-peer messaging over TCP: one outgoing connection per peer ({@link PeerLink}), and a
 * listener for the peers' connections to this node ({@link PeerListener}). Sending never blocks;
 * delivery is at most once and in order per connection, which is all Paxos needs (it tolerates
 * loss, delay and duplication). Incoming envelopes are checked to be addressed to this node from
 * a known peer, and keyed exactly when the node runs keyed instances.
 */
public final class Transport implements Closeable {
    private final int self;
    private final int clusterSize;
    private final boolean keyed;
    private final Map<Integer, PeerLink> links = new HashMap<>();
    private final PeerListener listener;

    /**
     * @param peers every other node's peer address, by id
     * @param listenPort where this node accepts its peers' connections
     * @param keyed whether envelopes carry an instance key (single-decree mode)
     * @param queueCapacity messages queued per peer before new ones are dropped
     * @param inbound receives every admissible envelope, on the reading connection's thread
     */
    public Transport(int self, int clusterSize, Map<Integer, InetSocketAddress> peers, int listenPort,
                     boolean keyed, int queueCapacity, Codec codec, Consumer<Envelope> inbound) throws IOException {
        this.self = self;
        this.clusterSize = clusterSize;
        this.keyed = keyed;
        peers.forEach((id, address) -> links.put(id, new PeerLink(id, address, codec, queueCapacity)));
        this.listener = new PeerListener(listenPort, codec, envelope -> {
            check(envelope);
            inbound.accept(envelope);
        });
    }

    public void start() {
        daemon(listener, "peer-listener").start();
        links.forEach((id, link) -> daemon(link, "peer-out-" + id).start());
    }

    private static Thread daemon(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    private void check(Envelope envelope) throws MalformedException {
        Message message = envelope.message();
        if (message == null || message.body() == null) {
            throw new MalformedException("envelope without a message");
        }
        if (message.to() != self || message.from() == self || message.from() < 0 || message.from() >= clusterSize) {
            throw new MalformedException("unexpected message from " + message.from() + " to " + message.to());
        }
        if ((envelope.key() != null) != keyed) {
            throw new MalformedException(keyed ? "message without a key" : "keyed message in multi-Paxos mode");
        }
    }

    /** Queues {@code envelope} for its receiver; drops it if that peer's queue is full. */
    public void send(Envelope envelope) {
        PeerLink link = links.get(envelope.message().to());
        if (link != null) {
            link.offer(envelope);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        links.values().forEach(PeerLink::close);
    }
}
