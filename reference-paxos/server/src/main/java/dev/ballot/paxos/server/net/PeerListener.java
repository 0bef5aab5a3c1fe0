package dev.ballot.paxos.server.net;

import dev.ballot.paxos.server.codec.Codec;
import dev.ballot.paxos.server.codec.Envelope;
import dev.ballot.paxos.server.codec.MalformedException;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incoming half of the peer transport: accepts connections on the peer port and reads frames
 * on one thread per connection, decoding them there (off the event loop). A frame that does not
 * decode, or that {@link Inbound} rejects, is logged and dropped with its connection; the peer
 * reconnects. Nothing a peer sends can crash the node.
 */
final class PeerListener implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(PeerListener.class);

    /** Where decoded envelopes go; throws to reject one as unexpected. */
    interface Inbound {
        void accept(Envelope envelope) throws MalformedException;
    }

    private final ServerSocket server;
    private final Codec codec;
    private final Inbound inbound;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    PeerListener(int port, Codec codec, Inbound inbound) throws IOException {
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(port));
        this.codec = codec;
        this.inbound = inbound;
    }

    @Override
    public void run() {
        while (running) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                connections.add(socket);
                Thread reader = new Thread(() -> read(socket), "peer-in-" + socket.getPort());
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                if (running) {
                    LOG.warn("accepting a peer connection failed: {}", e.toString());
                }
            }
        }
    }

    private void read(Socket socket) {
        try (socket; DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16))) {
            for (byte[] frame = Frames.read(in); frame != null && running; frame = Frames.read(in)) {
                inbound.accept(codec.envelope(frame));
            }
        } catch (MalformedException e) {
            LOG.warn("dropping connection from {}: {}", socket.getRemoteSocketAddress(), e.getMessage());
        } catch (IOException e) {
            LOG.debug("connection from {} ended: {}", socket.getRemoteSocketAddress(), e.toString());
        } finally {
            connections.remove(socket);
        }
    }

    void close() {
        running = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // the accept thread ends on the closed socket either way
        }
        for (Socket socket : connections) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // best effort: the reader thread ends on the closed socket
            }
        }
    }
}
