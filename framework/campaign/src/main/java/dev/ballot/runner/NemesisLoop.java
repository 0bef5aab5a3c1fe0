package dev.ballot.runner;

import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.nemesis.Fault;
import dev.ballot.nemesis.FaultException;
import dev.ballot.nemesis.FaultSchedule;
import dev.ballot.nemesis.FaultWindow;
import dev.ballot.nemesis.Nemesis;
import dev.ballot.nemesis.Primaries;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The nemesis process: follows the schedule, applying each fault at its time and recording it as a
 * nemesis invoke and info pair naming its targets. The first fault that cannot be applied or
 * verified is recorded with its error and ends the loop; the runner then ends the fault phase.
 * Also used for the final heal. An aimed window is resolved when it begins: at the leader, by
 * asking the cluster who leads, or at the nodes whose clocks the windows begun before it hold
 * back. Who leads is asked, and recorded, for either, and the faults a window resolves to name
 * their targets in the history.
 */
final class NemesisLoop implements Runnable {
    private final Nemesis nemesis;
    private final FaultSchedule schedule;
    private final Recorder recorder;
    private final Primaries primaries;
    private final List<String> nodes;
    private final long startNanos;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile int applied;
    private volatile String error;

    /** @param startNanos the run time at which the schedule's time 0 falls */
    NemesisLoop(Nemesis nemesis, FaultSchedule schedule, Recorder recorder, Primaries primaries,
                List<String> nodes, long startNanos) {
        this.nemesis = nemesis;
        this.schedule = schedule;
        this.recorder = recorder;
        this.primaries = primaries;
        this.nodes = List.copyOf(nodes);
        this.startNanos = startNanos;
    }

    @Override
    public void run() {
        try {
            FaultWindow[] resolved = new FaultWindow[schedule.windows().size()];
            for (FaultSchedule.Step step : schedule.timeline()) {
                if (!sleepUntil(step.nanos())) {
                    return;
                }
                if (step.start()) {
                    FaultWindow planned = schedule.windows().get(step.window());
                    FaultWindow window = planned.aim() == null ? planned
                            : planned.resolve(observePrimaries(), nodes, Arrays.asList(resolved));
                    resolved[step.window()] = window;
                    if ((error = applyAll(window.start())) != null) {
                        return;
                    }
                    applied++;
                } else if ((error = applyAll(resolved[step.window()].stop())) != null) {
                    return;
                }
            }
        } finally {
            done.countDown();
        }
    }

    /** Applies faults in order and records each; stops at the first failure and returns it. */
    String applyAll(List<Fault> faults) {
        for (Fault fault : faults) {
            recorder.record(OpType.INVOKE, Op.NEMESIS, fault.f(), fault.value(), null, null, null);
            try {
                Object observed = nemesis.apply(fault);
                recorder.record(OpType.INFO, Op.NEMESIS, fault.f(), observed, null, null, null);
            } catch (FaultException e) {
                recorder.record(OpType.INFO, Op.NEMESIS, fault.f(), fault.value(), null, null,
                        e.getMessage());
                return e.getMessage();
            }
        }
        return null;
    }

    /** Asks who leads and records the answer, so the history says why a fault hit its node. */
    private List<String> observePrimaries() {
        recorder.record(OpType.INVOKE, Op.NEMESIS, "primaries", null, null, null, null);
        List<String> leaders = primaries.current();
        recorder.record(OpType.INFO, Op.NEMESIS, "primaries", leaders, null, null, null);
        return leaders;
    }

    /** Waits until the schedule time; false if asked to stop first. */
    private boolean sleepUntil(long scheduleNanos) {
        long wait = startNanos + scheduleNanos - recorder.now();
        try {
            return wait <= 0 ? stop.getCount() > 0 : !stop.await(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the loop ended by itself (an error, or the schedule is over) or the deadline. */
    void awaitDoneOrUntil(long runNanos) throws InterruptedException {
        done.await(Math.max(0, runNanos - recorder.now()), TimeUnit.NANOSECONDS);
    }

    /** Asks the loop to stop at its next wait; a fault being applied is finished first. */
    void stop() {
        stop.countDown();
    }

    /** How many scheduled faults were started, and verified. */
    int applied() {
        return applied;
    }

    /** The first error, or null. */
    String error() {
        return error;
    }

    /** True if the loop ended because of an error, so the fault phase should end now. */
    boolean failed() {
        return error != null;
    }
}
