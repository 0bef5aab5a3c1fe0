/**
 * The nemesis: faults as data, the pure logic that chooses them, and the small mechanism
 * interfaces that a Docker cluster or a simulator implements to apply them.
 *
 * <h2>Faults</h2>
 * A {@link dev.ballot.nemesis.Fault} is a record: {@code Partition(grudge)}, {@code Heal},
 * {@code PacketLoss(nodes, p)}, {@code ClockOffset(node, s)}, {@code ClockStrobe(node, s, period,
 * duration)}, {@code ClockReset(nodes)}, {@code Kill(node)}, {@code Restart(node)},
 * {@code Wipe(node)}, {@code Pause(node)}, {@code Resume(node)}. Amnesia is {@code Kill},
 * {@code Wipe}, later {@code Restart}. In a history each fault is a nemesis {@code invoke} and
 * {@code info} event pair; {@code f} is the fault's name, {@code value} names its targets.
 *
 * <h2>Grudges</h2>
 * A {@link dev.ballot.nemesis.Grudge} maps each node to the nodes whose packets it drops, so
 * one-way cuts are expressible. {@link dev.ballot.nemesis.Grudges} chooses them, seeded, as
 * Jepsen does: {@code halves}, {@code random-halves}, {@code isolate-one},
 * {@code majorities-ring}, {@code bridge}, {@code one-way}; {@code complete} builds one from
 * components. A mechanism that cannot cut every link at once applies a grudge in
 * {@linkplain dev.ballot.nemesis.Grudge#waves waves}, the nodes that drop the most first.
 *
 * <h2>Mechanisms</h2>
 * {@link dev.ballot.nemesis.Net} (cut, heal, loss, and a per-link probe),
 * {@link dev.ballot.nemesis.NodeControl} (kill, start, wipe, pause, resume, observe) and
 * {@link dev.ballot.nemesis.Clocks} (offset, strobe, reset, read back). Each method does what it
 * says or throws. They hold no policy: which node, when and how long is decided here.
 *
 * <h2>Applying and verifying</h2>
 * {@link dev.ballot.nemesis.Nemesis#apply} applies a fault and checks it took hold: a cut is
 * probed link by link between live nodes, a clock is read back within a tolerance, a killed
 * process must be observed dead, a paused one paused, a restarted one running. Anything else is a
 * {@link dev.ballot.nemesis.FaultException}, an error of the run. The nemesis remembers what it
 * broke, and {@link dev.ballot.nemesis.Nemesis#healing()} lists what undoes it, in the order heal,
 * reset clocks, resume, restart.
 *
 * <h2>Schedules</h2>
 * {@link dev.ballot.nemesis.FaultSchedule#plan} turns {@code --nemesis partition,clock} (or
 * {@code all}, {@code none}; see {@link dev.ballot.nemesis.FaultKind}), an interval (default 10 s)
 * and a number of target nodes into timed start/stop pairs, a pure function of the seed. Some
 * windows have an {@link dev.ballot.nemesis.Aim} instead of faults and are resolved as they
 * begin: at the leader ({@link dev.ballot.nemesis.LeaderTarget}), or, when faults overlap, a
 * network fault at the nodes whose clocks a clock fault holds back
 * ({@link dev.ballot.nemesis.SkewedTarget}).
 */
package dev.ballot.nemesis;
