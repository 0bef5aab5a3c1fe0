package dev.ballot.paxos.server;

import dev.ballot.paxos.Config;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.multi.MultiPaxos;
import dev.ballot.paxos.server.codec.Codec;
import dev.ballot.paxos.server.http.ClientApi;
import dev.ballot.paxos.server.loop.Event;
import dev.ballot.paxos.server.loop.EventLoop;
import dev.ballot.paxos.server.loop.Instances;
import dev.ballot.paxos.server.loop.KeyedInstances;
import dev.ballot.paxos.server.loop.MultiInstance;
import dev.ballot.paxos.server.loop.NodeStatus;
import dev.ballot.paxos.server.loop.Replicas;
import dev.ballot.paxos.server.net.Transport;
import dev.ballot.paxos.server.store.DurableStore;
import dev.ballot.paxos.single.SingleDecree;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires one node together: stable storage, the replicas recovered from it, the event loop, the
 * ticker, the peer transport and the client API, in the order that keeps the contract "nothing
 * leaves before it is durable" (the recovered state is rewritten as a fresh log before any peer
 * or client can reach the node).
 */
final class NodeProcess {
    private static final Logger LOG = LoggerFactory.getLogger(NodeProcess.class);
    private static final int PEER_QUEUE = 8192;

    private NodeProcess() {
    }

    static void start(Options options) throws IOException {
        SecureRandom entropy = new SecureRandom();
        // A fresh seed by default: a wiped node must never draw the incarnation it had before.
        long seed = options.seed() != null ? options.seed() : entropy.nextLong();
        String mode = options.mode().name().toLowerCase(Locale.ROOT);
        LOG.info("node {} of {} starting: mode {}, mutant {}, seed {}, data {}", options.id(), options.clusterSize(),
                mode, options.mutant(), seed, options.data().toAbsolutePath());

        Codec codec = new Codec();
        DurableStore store = DurableStore.open(options.data(), codec, options.compactBytes());
        Config config = new Config(options.id(), options.clusterSize(),
                options.mutant() == null ? Set.of() : Set.of(options.mutant()), options.timing());
        Instances instances = instances(options, store, new Replicas(config, new SplittableRandom(seed),
                options.mode() == Options.Mode.MULTI ? MultiPaxos.FACTORY : SingleDecree.FACTORY));
        store.rewrite(instances.checkpoint());
        LOG.info("recovered {} records ({}); voting {}, incarnation {}", store.recovered().size(),
                store.existed() ? "restart" : options.bootstrap() ? "new cluster" : "amnesia: rejoining",
                instances.voting(), instances.incarnation());

        long tickNanos = TimeUnit.MILLISECONDS.toNanos(options.tickMillis());
        NodeStatus identity = new NodeStatus(options.id(), mode, -1, false, -1, -1,
                options.mutant() == null ? null : options.mutant().name().toLowerCase(Locale.ROOT).replace('_', '-'), 0);
        Transport[] transport = new Transport[1];
        EventLoop loop = new EventLoop(instances, store, envelope -> transport[0].send(envelope),
                TimeUnit.MILLISECONDS.toNanos(options.timeoutMillis()), tickNanos * config.timing().electionTicks(),
                identity, -1 - (entropy.nextLong() & Long.MAX_VALUE >>> 1));
        transport[0] = new Transport(options.id(), options.clusterSize(), others(options), options.peerPort(),
                options.mode() == Options.Mode.SINGLE, PEER_QUEUE, codec, envelope -> loop.submit(new Event.Inbound(envelope)));

        Thread loopThread = new Thread(loop, "event-loop");
        loopThread.start();
        transport[0].start();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> loop.submit(new Event.Tick(System.currentTimeMillis())),
                options.tickMillis(), options.tickMillis(), TimeUnit.MILLISECONDS);
        ClientApi api = new ClientApi(options.clientPort(), loop, options.mode() == Options.Mode.SINGLE,
                options.timeoutMillis(), options.threads());
        api.start();
        LOG.info("serving clients on port {}, peers on port {}", options.clientPort(), options.peerPort());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            api.stop();
            ticker.shutdownNow();
            loop.stop();
        }, "shutdown"));
    }

    private static Instances instances(Options options, DurableStore store, Replicas replicas) {
        if (options.mode() == Options.Mode.SINGLE) {
            return new KeyedInstances(replicas, store.recovered(), options.bootstrap());
        }
        if (store.existed()) {
            return new MultiInstance(replicas.recover(store.recovered().stream().map(s -> s.record()).toList()));
        }
        return new MultiInstance(options.bootstrap() ? replicas.bootstrap() : replicas.recover(List.of()));
    }

    private static Map<Integer, InetSocketAddress> others(Options options) {
        Map<Integer, InetSocketAddress> others = new HashMap<>(options.peers());
        others.remove(options.id());
        return others;
    }
}
