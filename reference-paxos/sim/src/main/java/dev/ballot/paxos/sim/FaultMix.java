package dev.ballot.paxos.sim;

/**
 * How hostile a simulated run is. Rates are per tick (faults) or per message (network).
 *
 * @param loss chance a message is lost
 * @param duplicate chance a message is delivered twice
 * @param maxDelay a message takes 1 to maxDelay ticks (different delays reorder messages)
 * @param partition chance per tick that a partition starts (while none is in place)
 * @param crash chance per tick that a node crashes (restarting later from its disk)
 * @param crashMidStep chance per tick that a node crashes after persisting a step's records but
 *     before sending its messages (the "crash between accept and reply")
 * @param wipe chance per tick that a node crashes and restarts with an empty disk (amnesia)
 * @param skew chance per tick that a node's wall clock jumps (seconds, either way)
 * @param pause chance per tick that a node pauses (as SIGSTOP or a long GC pause does): it takes
 *     no ticks and handles nothing, while what is sent to it waits, until it resumes
 */
public record FaultMix(double loss, double duplicate, int maxDelay, double partition, double crash,
                       double crashMidStep, double wipe, double skew, double pause) {

    /** A perfect network and no faults. */
    public static FaultMix none() {
        return new FaultMix(0, 0, 1, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Every fault at once, at rates that still let most operations complete. Per tick they are
     * twice the rates the first simulator used with three times longer timeouts, so a schedule of
     * 200 operations holds at least as many faults as it did then, in half the ticks.
     */
    public static FaultMix all() {
        return new FaultMix(0.05, 0.05, 4, 0.02, 0.008, 0.008, 0.004, 0.02, 0.004);
    }

    public FaultMix withDelay(int ticks) {
        return new FaultMix(loss, duplicate, ticks, partition, crash, crashMidStep, wipe, skew, pause);
    }

    public FaultMix withWipe(double rate) {
        return new FaultMix(loss, duplicate, maxDelay, partition, crash, crashMidStep, rate, skew, pause);
    }

    public FaultMix withCrash(double rate, double midStep) {
        return new FaultMix(loss, duplicate, maxDelay, partition, rate, midStep, wipe, skew, pause);
    }

    public FaultMix withPartition(double rate) {
        return new FaultMix(loss, duplicate, maxDelay, rate, crash, crashMidStep, wipe, skew, pause);
    }

    public FaultMix withSkew(double rate) {
        return new FaultMix(loss, duplicate, maxDelay, partition, crash, crashMidStep, wipe, rate, pause);
    }

    public FaultMix withPause(double rate) {
        return new FaultMix(loss, duplicate, maxDelay, partition, crash, crashMidStep, wipe, skew, rate);
    }
}
