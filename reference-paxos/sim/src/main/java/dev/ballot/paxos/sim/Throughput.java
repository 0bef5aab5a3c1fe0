package dev.ballot.paxos.sim;

import dev.ballot.history.Op;
import dev.ballot.history.Operation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * Measures how many seeded schedules per second the simulator runs, for the team to track (the
 * tests assert no timing). Run it with
 * {@code java -cp ... dev.ballot.paxos.sim.Throughput [agreement|registers] [seeds] [check]}; with
 * {@code check} every history also goes through the framework's checkers ({@link Verdict}).
 *
 * <p>Run it with {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}: in a run of a few thousand seeds
 * the C2 compiler spends more than it saves, and G1's concurrent threads compete with the
 * schedules on two cores; it says so when either flag is missing.
 *
 * <p>It reports wall time and the process's CPU time: on a machine shared with other work the
 * CPU time is the steadier of the two. The process's CPU time includes the JIT compiler's, which
 * in a run of a few thousand seeds is a large share (the compiler keeps compiling long after the
 * warm-up), so it also reports the CPU time of the threads that ran the schedules alone: the
 * steady cost of a schedule. It also reports what the schedules held, operations by outcome and
 * faults by kind, so that a faster simulator is not one that stopped injecting faults.
 */
public final class Throughput {
    private Throughput() {
    }

    /**
     * The measurement.
     *
     * @param schedules runs completed
     * @param seconds wall time they took
     * @param cpuSeconds CPU time of the whole process, JIT compiler and garbage collector included
     * @param runCpuSeconds CPU time of the threads while they ran schedules
     * @param ok operations that ended ok, over all runs
     * @param fail operations that ended with a definite failure
     * @param info operations whose outcome stayed unknown
     * @param faults nemesis events by name, over all runs
     */
    public record Measurement(int schedules, double seconds, double cpuSeconds, double runCpuSeconds, long ok,
                              long fail, long info, Map<String, Long> faults) {
        public double schedulesPerSecond() {
            return schedules / seconds;
        }

        @Override
        public String toString() {
            StringBuilder perSchedule = new StringBuilder();
            faults.forEach((f, count) -> perSchedule.append(String.format(" %s %.1f", f, count / (double) schedules)));
            return String.format("%d schedules in %.2f s: %.0f schedules/s (%.0f per CPU second, %.0f per CPU second"
                    + " of the threads running them); operations ok %d, fail %d, info %d; faults per schedule:%s",
                    schedules, seconds, schedulesPerSecond(), schedules / cpuSeconds, schedules / runCpuSeconds,
                    ok, fail, info, perSchedule);
        }
    }

    /**
     * Runs seeds {@code 0 .. seeds-1} of {@code scenario} on every core (schedules are
     * independent, as in a test run) and times them, after a warm-up. CPU time is the whole
     * process's.
     */
    public static Measurement measure(Scenario scenario, int seeds, boolean check) {
        LongStream.range(-300, 0).parallel().forEach(seed -> Simulation.run(scenario, seed));
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        Tally tally = LongStream.range(0, seeds).parallel()
                .mapToObj(seed -> Tally.of(scenario, seed, check))
                .reduce(new Tally(), Tally::plus);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        return new Measurement(seeds, seconds, cpuSeconds, tally.runNanos / 1e9, tally.outcomes[0],
                tally.outcomes[1], tally.outcomes[2], tally.faults);
    }

    /** What some schedules held: operations by outcome, faults by kind; and the CPU time they took. */
    private static final class Tally {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        final long[] outcomes = new long[3];
        final Map<String, Long> faults = new TreeMap<>();
        long runNanos;

        static Tally of(Scenario scenario, long seed, boolean check) {
            long start = THREADS.getCurrentThreadCpuTime();
            Simulation.Result result = Simulation.run(scenario, seed);
            Tally tally = new Tally();
            tally.runNanos = THREADS.getCurrentThreadCpuTime() - start;
            if (check && !Verdict.of(scenario.workload(), result.history()).valid()) {
                throw new IllegalStateException("seed " + seed + " is not valid");
            }
            for (Operation op : result.history().operations()) {
                tally.outcomes[op.isOk() ? 0 : op.isFail() ? 1 : 2]++;
            }
            for (Op op : result.history().ops()) {
                if (op.isNemesis()) {
                    tally.faults.merge(op.f(), 1L, Long::sum);
                }
            }
            return tally;
        }

        Tally plus(Tally other) {
            Tally sum = new Tally();
            sum.runNanos = runNanos + other.runNanos;
            for (int i = 0; i < 3; i++) {
                sum.outcomes[i] = outcomes[i] + other.outcomes[i];
            }
            sum.faults.putAll(faults);
            other.faults.forEach((f, n) -> sum.faults.merge(f, n, Long::sum));
            return sum;
        }
    }

    public static void main(String[] args) {
        String workload = args.length > 0 ? args[0] : "registers";
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        boolean check = args.length > 2 && args[2].equals("check");
        Scenario scenario = workload.equals("agreement") ? Scenario.agreement(FaultMix.all())
                : Scenario.registers(FaultMix.all());
        System.out.println(workload + (check ? " (checked)" : "") + ": " + measure(scenario, seeds, check));
        List<String> flags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!flags.contains("-XX:TieredStopAtLevel=1") || !flags.contains("-XX:+UseSerialGC")) {
            System.out.println("(for runs of a few thousand seeds, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC is faster:"
                    + " C2's compiling and G1's concurrent threads take CPU from the schedules)");
        }
    }
}
