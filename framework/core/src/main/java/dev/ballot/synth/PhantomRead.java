package dev.ballot.synth;

import dev.ballot.history.Operation;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plants {@link Anomaly#PHANTOM_READ}: an ok read reports a value that no operation wrote and
 * that is not the initial value, so no state the register ever had explains it.
 */
final class PhantomRead {
    private PhantomRead() {
    }

    /** Picks a read at random; null if the history has no ok read. */
    static Planted plant(List<Operation> operations, ValueSource values, RandomGenerator random) {
        return Planted.firstFrom(operations, random,
                read -> new Planted(read.id(), values.neverWritten(Planted.keyIndex(read))));
    }
}
