package dev.ballot.runner;

import dev.ballot.generator.Generator;
import dev.ballot.generator.Invocation;
import dev.ballot.generator.Scheduled;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.nemesis.Nemesis;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The moving parts of one run, phase by phase (see {@link dev.ballot.generator.Phase}): C client
 * threads, one per logical process, draw operations from the generator until the operations end,
 * then share the final reads; the nemesis loop runs on its own thread; the caller's thread drives
 * the phases. Times are run times, from the {@link Recorder}.
 */
final class Run {
    private static final long POLL_NANOS = 20_000_000;

    private final Campaign campaign;
    private final List<String> nodes;
    private final Recorder recorder;
    private final Generator generator;
    private final List<ClientProcess> processes;
    private final List<Thread> threads = new ArrayList<>();
    private final Queue<Invocation> finalReads = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finalReadsReady = new CountDownLatch(1);
    private volatile long operationsEnd = Long.MAX_VALUE;

    Run(Campaign campaign, List<String> nodes, Recorder recorder, Generator generator,
        List<ClientProcess> processes) {
        this.campaign = campaign;
        this.nodes = nodes;
        this.recorder = recorder;
        this.generator = generator;
        this.processes = processes;
    }

    /** Each node must serve a read before the faults begin; returns those that did not. */
    List<String> health() throws InterruptedException {
        long deadline = recorder.now() + campaign.livenessBound().toNanos();
        Object key = generator.liveKeys().get(0);
        List<String> unhealthy = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            ClientProcess process = processes.get(i % processes.size());
            Invocation read = new Invocation("read", key, null, nodes.get(i));
            while (process.invoke(read) != OpType.OK) {
                if (recorder.now() > deadline) {
                    unhealthy.add(nodes.get(i));
                    break;
                }
                Thread.sleep(100);
            }
        }
        return unhealthy;
    }

    /** Starts the client threads; operations flow until {@link #endOperations}. */
    void startClients() {
        for (ClientProcess process : processes) {
            Thread thread = new Thread(() -> work(process), "process-" + threads.size());
            // Daemon: a client stuck past every timeout must not keep the harness alive.
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void work(ClientProcess process) {
        try {
            for (Scheduled next; (next = generator.next(recorder.now(), operationsEnd)) != null; ) {
                sleepUntil(next.dueNanos());
                process.invoke(next.invocation());
            }
            finalReadsReady.await();
            for (Invocation read; (read = finalReads.poll()) != null; ) {
                process.invoke(read);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.closeClients();
        }
    }

    /** Runs the nemesis loop until the time limit, or until a fault fails. */
    void faults(NemesisLoop loop, long timeLimitNanos) throws InterruptedException {
        Thread thread = new Thread(loop, "nemesis");
        thread.setDaemon(true);
        thread.start();
        loop.awaitDoneOrUntil(timeLimitNanos);
        if (!loop.failed()) {
            sleepUntil(timeLimitNanos);
        }
        loop.stop();
        thread.join();
    }

    /** Undoes every fault; returns the errors. Operations keep flowing. */
    List<String> heal(Nemesis nemesis, NemesisLoop loop) {
        List<String> errors = new ArrayList<>();
        nemesis.healing().forEach(fault -> {
            String error = loop.applyAll(List.of(fault));
            if (error != null) {
                errors.add("could not heal: " + error);
            }
        });
        return errors;
    }

    /**
     * Lets operations flow after the heal until every live key recovered and the quiet period
     * passed, or the liveness bound ran out.
     */
    Liveness quiet(long healNanos, int eventsAtHeal) throws InterruptedException {
        Liveness liveness = new Liveness(generator.liveKeys(), healNanos);
        int cursor = eventsAtHeal;
        while (true) {
            List<Op> events = recorder.since(cursor);
            cursor += events.size();
            events.forEach(liveness::observe);
            long elapsed = recorder.now() - healNanos;
            if ((elapsed >= campaign.quietPeriod().toNanos() && liveness.recovered())
                    || elapsed >= campaign.livenessBound().toNanos()) {
                return liveness;
            }
            Thread.sleep(POLL_NANOS / 1_000_000);
        }
    }

    /**
     * Ends the operations, hands out the final reads, and waits for the client threads. Returns how
     * many were abandoned, stuck in a client past every timeout.
     */
    int endOperations() throws InterruptedException {
        operationsEnd = recorder.now();
        finalReads.addAll(generator.finalReads(nodes));
        int reads = finalReads.size();
        finalReadsReady.countDown();
        long perRead = campaign.clientTimeout().toNanos();
        long deadline = System.nanoTime() + (reads / processes.size() + 5) * perRead + 5_000_000_000L;
        int abandoned = 0;
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            abandoned += thread.isAlive() ? 1 : 0;
        }
        return abandoned;
    }

    private void sleepUntil(long runNanos) throws InterruptedException {
        long wait = runNanos - recorder.now();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

}
