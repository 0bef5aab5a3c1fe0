package dev.ballot.paxos.sim;

import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Timing;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Everything about a simulated run except its seed: the protocol, the workload, the cluster and
 * the faults. The same scenario and seed replay the same run, event for event.
 *
 * @param replicas how to build the nodes
 * @param workload what clients ask
 * @param monitor builds the safety monitor for one run
 * @param nodes cluster size
 * @param clients concurrent clients
 * @param operations how many operations the clients invoke in all
 * @param faults the fault mix, in force until the last tenth of the operations
 * @param mutants mistakes built into every node
 * @param timing the nodes' timing
 */
public record Scenario(Replicas replicas, Workload workload, Supplier<Monitor> monitor, int nodes,
                       int clients, int operations, FaultMix faults, Set<Mutant> mutants,
                       Timing timing) {

    /**
     * The nodes' timing in simulation: the defaults' timeouts cut to about a third (election 10
     * ticks, heartbeat 3, retry 8, request timeout 60), still above the network's round trip of
     * up to 2 * maxDelay ticks. Fault durations are counted in election timeouts, so a schedule
     * holds as many faults relative to the protocol's clocks in a third of the ticks. The lease
     * (only the clock-lease mutant has one) stays shorter than an election timeout.
     */
    public static final Timing TIMING = new Timing(10, 3, 8, 60, 16, 64, 32, 80);

    /** Single-decree Paxos under the agreement workload. */
    public static Scenario agreement(FaultMix faults) {
        return new Scenario(Replicas.SINGLE_DECREE, Workload.AGREEMENT, AgreementMonitor::new, 3, 4, 200,
                faults, Set.of(), TIMING);
    }

    /** Multi-Paxos under the registers workload (read, write, cas on a few keys). */
    public static Scenario registers(FaultMix faults) {
        return new Scenario(Replicas.MULTI_PAXOS, Workload.REGISTERS, LogMonitor::new, 3, 5, 200,
                faults, Set.of(), TIMING);
    }

    public Scenario withMutants(Mutant... more) {
        Set<Mutant> set = EnumSet.noneOf(Mutant.class);
        set.addAll(mutants);
        set.addAll(Set.of(more));
        return new Scenario(replicas, workload, monitor, nodes, clients, operations, faults, set, timing);
    }

    public Scenario withNodes(int count) {
        return new Scenario(replicas, workload, monitor, count, clients, operations, faults, mutants, timing);
    }

    public Scenario withFaults(FaultMix mix) {
        return new Scenario(replicas, workload, monitor, nodes, clients, operations, mix, mutants, timing);
    }

    public Scenario withMonitor(Supplier<Monitor> builder) {
        return new Scenario(replicas, workload, builder, nodes, clients, operations, faults, mutants, timing);
    }

    public Scenario withOperations(int count) {
        return new Scenario(replicas, workload, monitor, nodes, clients, count, faults, mutants, timing);
    }
}
