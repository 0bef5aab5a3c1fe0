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
 */
public record FaultMix(double loss, double duplicate, int maxDelay, double partition, double crash,
                       double crashMidStep, double wipe, double skew) {

    /** A perfect network and no faults. */
    public static FaultMix none() {
        return new FaultMix(0, 0, 1, 0, 0, 0, 0, 0);
    }

    /** Every fault at once, at rates that still let most operations complete. */
    public static FaultMix all() {
        return new FaultMix(0.05, 0.05, 4, 0.01, 0.004, 0.004, 0.002, 0.01);
    }

    public FaultMix withDelay(int ticks) {
        return new FaultMix(loss, duplicate, ticks, partition, crash, crashMidStep, wipe, skew);
    }

    public FaultMix withWipe(double rate) {
        return new FaultMix(loss, duplicate, maxDelay, partition, crash, crashMidStep, rate, skew);
    }

    public FaultMix withCrash(double rate, double midStep) {
        return new FaultMix(loss, duplicate, maxDelay, partition, rate, midStep, wipe, skew);
    }

    public FaultMix withPartition(double rate) {
        return new FaultMix(loss, duplicate, maxDelay, rate, crash, crashMidStep, wipe, skew);
    }

    public FaultMix withSkew(double rate) {
        return new FaultMix(loss, duplicate, maxDelay, partition, crash, crashMidStep, wipe, rate);
    }
}
