package dev.ballot.nemesis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * When to inject which faults: a pure function of the options and the seed, so that a seed
 * replays the same schedule. By default, every {@code interval} one fault begins, half-way into
 * the interval, and is undone at its end: the cluster sees alternating quiet and faulty halves,
 * and faults never overlap. The kind is drawn among the chosen kinds each time.
 *
 * <p>With {@code overlap}, as Jepsen's combined nemeses do, each family of kinds (network,
 * process, clock) has its own windows, and those of different families overlap: a node wiped
 * while another is cut off, a leader cut off while its clock is wrong. Some bugs need two faults
 * at once; a majority that loses a chosen value needs one member lagging and another losing its
 * disk.
 *
 * <p>Overlapping faults are aimed at each other where one matters only through the other. A clock
 * set back matters to the node that trusts it when the others move on without it: so a network
 * fault that begins while a clock fault holds nodes' clocks back is aimed at those nodes
 * ({@link SkewedTarget}), a partition isolating them from the rest, a packet loss dropping what
 * they receive. In an interval whose clock fault does not set a clock back (it runs ahead, or
 * strobes), the network fault is drawn as usual.
 *
 * <p>Half of the other partitions, and of the crashes, amnesias, pauses and clock faults, are
 * aimed at the leader (Jepsen's primaries), resolved when they begin ({@link LeaderTarget}): a
 * random target is rarely the leader, and the bugs of a leader that lost its leadership only
 * show if it is the one cut off.
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
    /**
     * How far back, in seconds, a clock fault aimed at the leader sets its clock: far enough to
     * still matter when the cut that follows it in an overlapping schedule begins, seconds later.
     */
    static final double[] BEHIND = {10, 60};
    /** The phase of a stream whose windows do not overlap others': half-way, to the end. */
    private static final int UNSTAGGERED = -1;
    /** The kinds that can be aimed at the leader. */
    static final Set<FaultKind> LEADER_KINDS = EnumSet.of(FaultKind.PARTITION, FaultKind.CRASH,
            FaultKind.AMNESIA, FaultKind.PAUSE, FaultKind.CLOCK);

    public FaultSchedule {
        windows = List.copyOf(windows);
    }

    /**
     * @param kinds the kinds to draw from; empty for no faults
     * @param interval how often a fault begins (Jepsen's default is 10 s)
     * @param targets how many nodes a fault acts on, or 0 for a random minority (at least one)
     * @param nodes the cluster's nodes
     * @param timeLimit no fault is still active after this
     * @param overlap whether faults of different {@linkplain FaultKind.Family families} may
     *     overlap: each family then has its own window in every interval, begun in the family
     *     order and held together through the interval's last quarter, the network's aimed at
     *     the clocks the clock window holds back
     */
    public static FaultSchedule plan(Set<FaultKind> kinds, Duration interval, int targets,
                                     List<String> nodes, Duration timeLimit, boolean overlap,
                                     long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FaultKind> choices = kinds.stream().sorted().toList();
        if (!overlap) {
            return new FaultSchedule(stream(choices, interval.toNanos(), targets, nodes,
                    timeLimit.toNanos(), UNSTAGGERED, List.of(), random));
        }
        Map<FaultKind.Family, List<FaultKind>> families = choices.stream().collect(Collectors
                .groupingBy(FaultKind::family, () -> new EnumMap<>(FaultKind.Family.class),
                        Collectors.toList()));
        List<FaultWindow> windows = new ArrayList<>();
        // In family order, so that the clock windows are planned when the network's are drawn.
        families.forEach((family, members) -> windows.addAll(stream(members, interval.toNanos(),
                targets, nodes, timeLimit.toNanos(), family.ordinal(), List.copyOf(windows),
                random.split())));
        windows.sort(Comparator.comparingLong(FaultWindow::startNanos));
        return new FaultSchedule(windows);
    }

    /**
     * One window per interval, its kind drawn from {@code choices}. Unstaggered, it starts
     * half-way into the interval and stops at its end. Staggered in {@code phase} (0, 1, 2: the
     * {@link FaultKind.Family} order), it starts at a random time in quarter {@code phase} of the
     * interval and stops at a random time in its last quarter. So windows of one stream never
     * overlap, while a clock fault is still active when the network fault of its interval begins,
     * and a cut when the process fault begins, and all of them hold together for a while: a leader
     * whose clock fell behind is then cut off for seconds, a node is wiped while another lags
     * behind a partition. A network window that begins while one of {@code earlier} holds clocks
     * back is aimed at those nodes.
     */
    private static List<FaultWindow> stream(List<FaultKind> choices, long step, int targets,
                                            List<String> nodes, long limit, int phase,
                                            List<FaultWindow> earlier, RandomGenerator random) {
        boolean staggered = phase != UNSTAGGERED;
        List<FaultWindow> windows = new ArrayList<>();
        for (long begin = 0; !choices.isEmpty() && begin + step <= limit; begin += step) {
            FaultKind kind = Picks.one(choices, random);
            int count = targets > 0 ? Math.min(targets, nodes.size())
                    : 1 + random.nextInt(Math.max(1, Grudges.largestMinority(nodes.size())));
            long start = staggered ? begin + phase * step / 4 + random.nextLong(step / 4)
                    : begin + step / 2;
            long stop = staggered
                    ? begin + 3 * step / 4 + random.nextLong(step / 4)
                    : begin + step;
            if (kind.family() == FaultKind.Family.NETWORK && holdsClocksBack(earlier, start)) {
                windows.add(FaultWindow.aimed(start, stop, new SkewedTarget(kind, random.nextLong())));
            } else if (LEADER_KINDS.contains(kind) && random.nextBoolean()) {
                windows.add(FaultWindow.aimed(start, stop, new LeaderTarget(kind,
                        Grudges.randomLeaderStrategy(random), count, random.nextLong())));
            } else {
                windows.add(window(kind, Picks.some(nodes, count, random), nodes, start, stop,
                        random));
            }
        }
        return windows;
    }

    /**
     * Whether a planned window in force at {@code nanos} sets some clock back: a clock fault
     * aimed at the leader always does ({@link #clocksBehind}), another if it offsets a clock by
     * a negative amount.
     */
    static boolean holdsClocksBack(List<FaultWindow> planned, long nanos) {
        return !SkewedTarget.behind(planned, nanos).isEmpty() || planned.stream().anyMatch(w ->
                w.aim() instanceof LeaderTarget leader && leader.kind() == FaultKind.CLOCK
                        && w.startNanos() <= nanos && nanos < w.stopNanos());
    }

    /** One step of a schedule: at {@code nanos}, window number {@code window} starts or stops. */
    public record Step(long nanos, int window, boolean start) {
    }

    /**
     * The starts and stops of every window in time order; at the same time a stop comes first,
     * so a heal is applied before the next cut.
     */
    public List<Step> timeline() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            steps.add(new Step(windows.get(i).startNanos(), i, true));
            steps.add(new Step(windows.get(i).stopNanos(), i, false));
        }
        steps.sort(Comparator.comparingLong(Step::nanos).thenComparing(Step::start));
        return steps;
    }

    /** A cut held from {@code start} until a heal at {@code stop}. */
    static FaultWindow partition(Grudge grudge, long start, long stop) {
        return new FaultWindow(start, List.of(new Fault.Partition(grudge)), stop,
                List.of(new Fault.Heal()));
    }

    /**
     * The clocks of {@code targets} set back by a drawn offset, until a reset at {@code stop}: the
     * clock fault aimed at a leader, because a leader's clock that falls behind is what makes a
     * wall-clock lease outlast its leadership (one that runs ahead only shortens it).
     */
    static FaultWindow clocksBehind(List<String> targets, long start, long stop,
                                    RandomGenerator random) {
        List<Fault> begin = new ArrayList<>();
        for (String node : targets) {
            begin.add(new Fault.ClockOffset(node, -BEHIND[random.nextInt(BEHIND.length)]));
        }
        return new FaultWindow(start, begin, stop, List.of(new Fault.ClockReset(targets)));
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
