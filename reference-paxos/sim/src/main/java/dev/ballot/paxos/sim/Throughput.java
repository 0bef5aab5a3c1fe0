package dev.ballot.paxos.sim;

import dev.ballot.history.Operation;
import java.util.function.Function;

/**
 * Measures how many seeded schedules per second the simulator runs, for the team to track (the
 * tests assert no timing). Run it with
 * {@code java -cp ... dev.ballot.paxos.sim.Throughput [agreement|registers] [seeds]}.
 */
public final class Throughput {
    private Throughput() {
    }

    /**
     * The measurement.
     *
     * @param schedules runs completed
     * @param seconds wall time they took
     * @param ok operations that ended ok, over all runs
     * @param fail operations that ended with a definite failure
     * @param info operations whose outcome stayed unknown
     */
    public record Measurement(int schedules, double seconds, long ok, long fail, long info) {
        public double schedulesPerSecond() {
            return schedules / seconds;
        }

        @Override
        public String toString() {
            return String.format("%d schedules in %.2f s: %.0f schedules/s; operations ok %d, fail %d, info %d",
                    schedules, seconds, schedulesPerSecond(), ok, fail, info);
        }
    }

    /** Runs seeds {@code 0 .. seeds-1} of {@code scenario} and times them (after a warm-up). */
    public static Measurement measure(Scenario scenario, int seeds) {
        for (long seed = -200; seed < 0; seed++) {
            Simulation.run(scenario, seed);
        }
        long ok = 0;
        long fail = 0;
        long info = 0;
        long start = System.nanoTime();
        for (long seed = 0; seed < seeds; seed++) {
            Simulation.Result result = Simulation.run(scenario, seed);
            ok += count(result, Operation::isOk);
            fail += count(result, Operation::isFail);
            info += count(result, Operation::isInfo);
        }
        return new Measurement(seeds, (System.nanoTime() - start) / 1e9, ok, fail, info);
    }

    private static long count(Simulation.Result result, Function<Operation, Boolean> which) {
        return result.history().operations().stream().filter(which::apply).count();
    }

    public static void main(String[] args) {
        String workload = args.length > 0 ? args[0] : "registers";
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Scenario scenario = workload.equals("agreement") ? Scenario.agreement(FaultMix.all())
                : Scenario.registers(FaultMix.all());
        System.out.println(workload + ": " + measure(scenario, seeds));
    }
}
