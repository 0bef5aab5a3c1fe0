package dev.ballot.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples the JVM's CPU time (every thread, garbage collection and the kernel's work for it
 * included) every {@value #PERIOD_MS} ms while a campaign runs, so that the CPU spent between two
 * instants can be read afterwards: a campaign's phases are known only once it has ended. CPU time,
 * unlike wall time, does not grow when other processes keep the machine busy.
 */
final class CpuSampler implements AutoCloseable {
    /** The process' CPU time is counted in clock ticks of 10 ms: sampling faster gains nothing. */
    static final long PERIOD_MS = 10;
    /**
     * How much CPU time a benchmark spends warming up before it measures: counted in CPU time, not
     * wall time, because a busy machine gives a process less CPU per wall second, and the JIT
     * needs work done, not time passed, to compile the measured path.
     */
    static final long WARM_UP_CPU_NANOS = 5_000_000_000L;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final List<long[]> samples = new ArrayList<>();
    private final Thread thread = new Thread(this::sample, "cpu-sampler");

    CpuSampler() {
        thread.setDaemon(true);
        thread.start();
    }

    /** The JVM's CPU time so far, in nanoseconds. */
    static long processCpuNanos() {
        return OS.getProcessCpuTime();
    }

    private void sample() {
        try {
            while (true) {
                synchronized (samples) {
                    samples.add(new long[] {System.nanoTime(), processCpuNanos()});
                }
                Thread.sleep(PERIOD_MS);
            }
        } catch (InterruptedException e) {
            // Closed.
        }
    }

    /** CPU nanoseconds spent between two {@link System#nanoTime} instants of the sampled span. */
    double cpuBetween(long fromNanoTime, long toNanoTime) {
        List<long[]> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        return cpuAt(copy, toNanoTime) - cpuAt(copy, fromNanoTime);
    }

    /**
     * The CPU time at {@code nanoTime}, linear between the samples (time, cpu) around it, or the
     * nearest sample's outside them.
     */
    static double cpuAt(List<long[]> samples, long nanoTime) {
        long[] before = samples.get(0);
        for (long[] sample : samples) {
            if (sample[0] >= nanoTime) {
                if (sample[0] == before[0]) {
                    return sample[1];
                }
                double share = (nanoTime - before[0]) / (double) (sample[0] - before[0]);
                return before[1] + share * (sample[1] - before[1]);
            }
            before = sample;
        }
        return before[1];
    }

    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join();
    }
}
