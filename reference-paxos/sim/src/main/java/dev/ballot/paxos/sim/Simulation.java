package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import java.util.SplittableRandom;

/**
 * Runs one seeded schedule of a {@link Scenario}: clients invoke operations while the nemesis
 * injects faults; in the last tenth of the operations every fault is healed so the run can end.
 * Every source of randomness is split from the seed, so a seed replays exactly.
 *
 * <p>{@link Result#history()} is the seam for a linearizability checker: the monitors check
 * safety invariants directly; a checker from {@code dev.ballot.checker} can check the same
 * history against the {@code write-once} or {@code kv} model.
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
        Nemesis nemesis = new Nemesis(cluster, scenario.faults(), random.split());
        Clients clients = new Clients(cluster, scenario.workload(), scenario.clients(), scenario.operations(),
                random.split());
        long limit = scenario.operations() * MAX_TICKS_PER_OPERATION;
        int calm = scenario.operations() / 10;
        while (!clients.done() && cluster.now() < limit && monitor.violation() == null) {
            if (clients.remaining() > calm) {
                nemesis.tick();
            } else {
                nemesis.healAll();
            }
            clients.tick();
            cluster.tick();
        }
        History history = clients.history();
        if (monitor.violation() == null) {
            monitor.check(history);
        }
        String violation = monitor.violation();
        return new Result(seed, violation == null ? null : "seed " + seed + ": " + violation, history, cluster.now());
    }
}
