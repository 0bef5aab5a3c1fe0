package dev.ballot.paxos.server.net;

import dev.ballot.paxos.server.codec.Codec;
import dev.ballot.paxos.server.codec.Envelope;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outgoing half of the connection to one peer: a bounded queue that {@link #offer} never
 * blocks on (a full queue drops the message: Paxos tolerates loss, and a slow or dead peer must
 * not stall the event loop), drained by its own thread that connects, reconnects with
 * exponential backoff, encodes and writes frames, and flushes whenever the queue runs dry.
 */
final class PeerLink implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PeerLink.class);
    private static final long MIN_BACKOFF_MS = 20;
    private static final long MAX_BACKOFF_MS = 1000;
    private static final int CONNECT_TIMEOUT_MS = 1000;

    private final int peer;
    private final InetSocketAddress address;
    private final Codec codec;
    private final BlockingQueue<Envelope> queue;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running = true;
    private volatile Socket socket;

    PeerLink(int peer, InetSocketAddress address, Codec codec, int capacity) {
        this.peer = peer;
        this.address = address;
        this.codec = codec;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Queues {@code envelope} for sending; false (and dropped) if the queue is full. */
    boolean offer(Envelope envelope) {
        if (queue.offer(envelope)) {
            return true;
        }
        if (dropped.incrementAndGet() % 1000 == 1) {
            LOG.warn("queue to node {} full: {} messages dropped so far", peer, dropped.get());
        }
        return false;
    }

    @Override
    public void run() {
        long backoff = MIN_BACKOFF_MS;
        while (running) {
            try (Socket connected = new Socket()) {
                socket = connected;
                connected.setTcpNoDelay(true);
                // Resolved at every attempt: a peer's address may change while it is down.
                connected.connect(new InetSocketAddress(address.getHostString(), address.getPort()), CONNECT_TIMEOUT_MS);
                LOG.info("connected to node {} at {}", peer, address);
                backoff = MIN_BACKOFF_MS;
                pump(new DataOutputStream(new BufferedOutputStream(connected.getOutputStream(), 1 << 16)));
            } catch (IOException e) {
                LOG.debug("link to node {} at {}: {}", peer, address, e.toString());
            } catch (InterruptedException e) {
                return;
            }
            sleep(backoff);
            backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
        }
    }

    private void pump(DataOutputStream out) throws IOException, InterruptedException {
        while (running) {
            Envelope next = queue.poll(100, TimeUnit.MILLISECONDS);
            if (next != null) {
                Frames.write(out, codec.encode(next));
            }
            if (queue.isEmpty()) {
                out.flush();
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    void close() {
        running = false;
        Socket current = socket;
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // closing is best effort: the thread exits on its next loop either way
            }
        }
    }
}
