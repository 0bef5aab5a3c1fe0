package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Command;
import dev.ballot.paxos.Input;
import dev.ballot.paxos.Reply;
import dev.ballot.paxos.server.codec.Envelope;
import dev.ballot.paxos.server.store.DurableStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that owns the core. Each round it takes every event waiting in its queue (up to
 * {@value #MAX_BATCH}), steps the replicas with all of them, and then does the group commit:
 * the proposer requests leave at once (the core's {@code Ready} says why that is safe), then ONE
 * write of every record the batch produced and ONE fsync (skipped when every record is lazy),
 * and only after that the other messages and the client replies. Batching is what makes fsync
 * affordable: the cost of one force is shared by every request that arrived while the previous
 * one ran. Rounds never overlap: the core's rules for early requests rely on every output of a
 * round following the fsync of the rounds before.
 *
 * <p>A disk that fails to write is the one thing the loop does not survive: it halts the process,
 * because continuing could send what is not durable.
 */
public final class EventLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);
    private static final int MAX_BATCH = 4096;

    private final Instances instances;
    private final DurableStore store;
    private final Consumer<Envelope> transport;
    private final Pending pending;
    private final LeaderWatch leaderWatch;
    private final NodeStatus identity;
    private final long anonymousClient;
    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private long anonymousSeq;
    private long applied = -1;
    private volatile NodeStatus status;
    private volatile boolean running = true;

    /**
     * @param identity the status fields that never change (id, mode, mutant)
     * @param anonymousClient the client id of requests that name none, unique to this process
     */
    public EventLoop(Instances instances, DurableStore store, Consumer<Envelope> transport,
                     long requestTimeoutNanos, long leaderFreshNanos, NodeStatus identity, long anonymousClient) {
        this.instances = instances;
        this.store = store;
        this.transport = transport;
        this.pending = new Pending(requestTimeoutNanos);
        this.leaderWatch = new LeaderWatch(leaderFreshNanos);
        this.identity = identity;
        this.anonymousClient = anonymousClient;
        publish(System.nanoTime());
    }

    /** Queues an event; safe from any thread, never blocks. */
    public void submit(Event event) {
        queue.add(event);
    }

    public NodeStatus status() {
        return status;
    }

    @Override
    public void run() {
        List<Event> batch = new ArrayList<>();
        while (running) {
            try {
                Event first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                round(batch);
                batch.clear();
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                LOG.error("stable storage failed; halting rather than sending what may not be durable", e);
                Runtime.getRuntime().halt(74);
            } catch (RuntimeException | Error e) {
                // A node whose loop died would look alive and answer nothing: better to stop.
                LOG.error("the event loop failed; halting", e);
                Runtime.getRuntime().halt(70);
            }
        }
    }

    private void round(List<Event> batch) throws IOException {
        long now = System.nanoTime();
        Work work = new Work();
        for (Event event : batch) {
            handle(event, work, now);
        }
        send(work.early, now);
        store.write(work.persist);
        if (work.sync) {
            store.force();
        }
        send(work.send, now);
        for (Reply reply : work.replies) {
            pending.complete(reply);
        }
        applied = Math.max(applied, work.appliedSlot);
        if (store.needsCompaction()) {
            store.rewrite(instances.checkpoint());
            LOG.info("compacted the durable log to {} bytes", store.size());
        }
        publish(now);
    }

    private void send(List<Envelope> envelopes, long now) {
        for (Envelope envelope : envelopes) {
            leaderWatch.observe(envelope.message(), now);
            transport.accept(envelope);
        }
    }

    private void handle(Event event, Work work, long now) {
        if (event instanceof Event.Tick tick) {
            pending.expire(now);
            instances.tick(new Input.Tick(tick.wallMillis()), work);
        } else if (event instanceof Event.Inbound inbound) {
            leaderWatch.observe(inbound.envelope().message(), now);
            instances.step(inbound.envelope().key(), new Input.Receive(inbound.envelope().message()), work);
        } else if (event instanceof Event.Call call) {
            Command command = call.client() == null
                    ? new Command(anonymousClient, ++anonymousSeq, call.request())
                    : new Command(call.client(), call.seq(), call.request());
            pending.add(command, call.answer(), now);
            instances.step(call.key(), new Input.ClientRequest(command), work);
        } else {
            throw new AssertionError(event);
        }
    }

    private void publish(long now) {
        NodeStatus before = status;
        status = new NodeStatus(identity.id(), identity.mode(), instances.incarnation(), instances.voting(),
                leaderWatch.leader(now), applied, identity.mutant(), store.forces());
        if (before != null && !before.voting() && status.voting()) {
            LOG.info("rejoined after amnesia: voting again as incarnation {}", status.incarnation());
        }
    }

    public void stop() {
        running = false;
    }
}
