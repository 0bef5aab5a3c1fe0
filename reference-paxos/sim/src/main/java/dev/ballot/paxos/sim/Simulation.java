package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import java.util.SplittableRandom;

/**
 * Runs one seeded schedule of a {@link Scenario}: clients invoke operations while the nemesis
 * injects faults; in the last tenth of the operations every fault is healed so the run can end.
 * Every source of randomness is split from the seed, so a seed replays exactly.
 *
 * <p>Two kinds of judges: the {@link Monitor} checks safety invariants from inside the nodes
 * while the run goes ({@link Result#violation()}); {@link Verdict#of} hands the history to the
 * framework's checkers, which see only what clients saw.
 */
public final class Simulation {
    /** A run that has not finished by then is cut short (its open operations stay unknown). */
    private static final long MAX_TICKS_PER_OPERATION = 40;

    /**
     * How one run went.
     *
     * @param seed the seed that replays it
     * @param violation the first safety violation, or null
     * @param history every client operation, in the order the clients saw them
     * @param ticks how long it ran
     */
    public record Result(long seed, String violation, History history, long ticks) {
        public boolean safe() {
            return violation == null;
        }
    }

    private Simulation() {
    }

    public static Result run(Scenario scenario, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Monitor monitor = scenario.monitor().get();
        Net net = new RandomNetwork(scenario.nodes(), scenario.faults(), random.split());
        Cluster cluster = new Cluster(scenario.nodes(), scenario.mutants(), scenario.timing(),
                scenario.replicas(), net, monitor, random.split());
        Recorder recorder = new Recorder(scenario.workload(), cluster);
        Nemesis nemesis = new Nemesis(cluster, recorder, scenario.faults(), scenario.timing().electionTicks(),
                random.split());
        Clients clients = new Clients(cluster, recorder, scenario.workload(), scenario.clients(),
                scenario.operations(), scenario.timing(), random.split());
        long limit = scenario.operations() * MAX_TICKS_PER_OPERATION;
        int calm = scenario.operations() / 10;
        // A violation does not end the run: the checkers should see what clients make of it.
        while (!clients.done() && cluster.now() < limit) {
            if (clients.remaining() > calm) {
                nemesis.tick();
            } else {
                nemesis.healAll();
            }
            clients.tick();
            cluster.tick();
        }
        History history = clients.history();
        monitor.check(history);
        String violation = monitor.violation();
        return new Result(seed, violation == null ? null : "seed " + seed + ": " + violation, history, cluster.now());
    }
}
