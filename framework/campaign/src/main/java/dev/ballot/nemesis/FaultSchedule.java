package dev.ballot.nemesis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * When to inject which faults: a pure function of the options and the seed, so that a seed
 * replays the same schedule. Every {@code interval} one fault begins, half-way into the interval,
 * and is undone at its end: the cluster sees alternating quiet and faulty halves, and faults never
 * overlap (so each can be verified alone). The kind is drawn among the chosen kinds each time.
 *
 * <p>Half of the partitions, crashes, amnesias and pauses are aimed at the leader (Jepsen's
 * primaries), resolved when they begin ({@link LeaderTarget}): a random target is rarely the
 * leader, and the bugs of a leader that lost its leadership only show if it is the one cut off.
 *
 * <p>The schedule stops at the time limit; undoing whatever is left then is the runner's job
 * ({@link Nemesis#healing()}), before the final reads.
 *
 * @param windows the faults in time order
 */
public record FaultSchedule(List<FaultWindow> windows) {
    /** Wall-clock offsets drawn for clock faults, in seconds, either sign. */
    static final double[] OFFSETS = {0.5, 2, 10, 60};
    static final double[] LOSS = {0.2, 0.4, 0.6};
    /** The kinds that can be aimed at the leader. */
    static final Set<FaultKind> LEADER_KINDS =
            EnumSet.of(FaultKind.PARTITION, FaultKind.CRASH, FaultKind.AMNESIA, FaultKind.PAUSE);

    public FaultSchedule {
        windows = List.copyOf(windows);
    }

    /**
     * @param kinds the kinds to draw from; empty for no faults
     * @param interval how often a fault begins (Jepsen's default is 10 s)
     * @param targets how many nodes a fault acts on, or 0 for a random minority (at least one)
     * @param nodes the cluster's nodes
     * @param timeLimit no fault is still active after this
     */
    public static FaultSchedule plan(Set<FaultKind> kinds, Duration interval, int targets,
                                     List<String> nodes, Duration timeLimit, long seed) {
        RandomGenerator random = new SplittableRandom(seed);
        List<FaultKind> choices = kinds.stream().sorted().toList();
        List<FaultWindow> windows = new ArrayList<>();
        long step = interval.toNanos();
        for (long begin = 0; !choices.isEmpty() && begin + step <= timeLimit.toNanos(); begin += step) {
            FaultKind kind = Picks.one(choices, random);
            int count = targets > 0 ? Math.min(targets, nodes.size())
                    : 1 + random.nextInt(Math.max(1, (nodes.size() - 1) / 2));
            long start = begin + step / 2;
            if (LEADER_KINDS.contains(kind) && random.nextBoolean()) {
                windows.add(FaultWindow.atLeader(start, begin + step, new LeaderTarget(kind,
                        Grudges.randomLeaderStrategy(random), random.nextLong())));
            } else {
                windows.add(window(kind, Picks.some(nodes, count, random), nodes, start,
                        begin + step, random));
            }
        }
        return new FaultSchedule(windows);
    }

    /** A cut held from {@code start} until a heal at {@code stop}. */
    static FaultWindow partition(Grudge grudge, long start, long stop) {
        return new FaultWindow(start, List.of(new Fault.Partition(grudge)), stop,
                List.of(new Fault.Heal()));
    }

    static FaultWindow window(FaultKind kind, List<String> targets, List<String> nodes,
                              long start, long stop, RandomGenerator random) {
        List<Fault> begin = new ArrayList<>();
        List<Fault> end = new ArrayList<>();
        switch (kind) {
            case PARTITION -> {
                String strategy = Grudges.randomStrategy(random);
                return partition(Grudges.STRATEGIES.get(strategy).apply(nodes, random), start, stop);
            }
            case LOSS -> {
                begin.add(new Fault.PacketLoss(targets, LOSS[random.nextInt(LOSS.length)]));
                end.add(new Fault.Heal());
            }
            case CLOCK -> {
                for (String node : targets) {
                    double seconds = OFFSETS[random.nextInt(OFFSETS.length)]
                            * (random.nextBoolean() ? 1 : -1);
                    begin.add(random.nextBoolean() ? new Fault.ClockOffset(node, seconds)
                            : new Fault.ClockStrobe(node, seconds, 100L << random.nextInt(4),
                                    (stop - start) / 1_000_000));
                }
                end.add(new Fault.ClockReset(targets));
            }
            case CRASH, AMNESIA -> {
                targets.forEach(node -> begin.add(new Fault.Kill(node)));
                if (kind == FaultKind.AMNESIA) {
                    targets.forEach(node -> begin.add(new Fault.Wipe(node)));
                }
                targets.forEach(node -> end.add(new Fault.Restart(node)));
            }
            case PAUSE -> {
                targets.forEach(node -> begin.add(new Fault.Pause(node)));
                targets.forEach(node -> end.add(new Fault.Resume(node)));
            }
            default -> throw new AssertionError(kind);
        }
        return new FaultWindow(start, begin, stop, end);
    }

    public boolean isEmpty() {
        return windows.isEmpty();
    }
}
