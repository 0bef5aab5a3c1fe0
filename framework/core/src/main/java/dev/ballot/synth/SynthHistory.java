package dev.ballot.synth;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import dev.ballot.model.Model;

/**
 * A generated history and its verdict, known by construction.
 *
 * @param options what it was generated from (replaying them gives the same history)
 * @param history the events and operations
 * @param anomaly what was planted: {@link Anomaly#NONE} if nothing was, either because nothing
 *     was asked for or because the history had no read where the asked-for anomaly fits
 * @param plantedOperation the id (position in {@code history.operations()}) of the read whose
 *     value was planted, or -1
 */
public record SynthHistory(SynthOptions options, History history, Anomaly anomaly, int plantedOperation) {

    /** The expected verdict: linearizable unless an anomaly was planted. */
    public boolean linearizable() {
        return anomaly == Anomaly.NONE;
    }

    /** The model to check the history against. */
    public Model model() {
        return options.workload().model(options.initial());
    }

    /** The planted read. */
    public Operation planted() {
        if (plantedOperation < 0) {
            throw new IllegalStateException("nothing was planted");
        }
        return history.operations().get(plantedOperation);
    }
}
