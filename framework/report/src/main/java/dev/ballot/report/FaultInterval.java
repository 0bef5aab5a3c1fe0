package dev.ballot.report;

import java.util.List;

/**
 * A stretch of a run during which a fault was in force, as the report shades it.
 *
 * @param start x where the first fault of the interval was invoked
 * @param end x where what undid it completed (the heal, restart, resume, clock reset), or the end
 *     of the history if nothing did
 * @param family {@code network}, {@code process}, {@code clock} or {@code other}: faults of
 *     different families may overlap, each family has its own interval
 * @param label what was done to whom, e.g. {@code kill, wipe n3} or {@code partition n1 n2 | n3}
 * @param targets the nodes the faults acted on, sorted
 * @param undone whether something undid it before the history ended
 * @param error why a fault of the interval could not be applied or verified, or null
 */
public record FaultInterval(double start, double end, String family, String label,
                            List<String> targets, boolean undone, String error) {
    public FaultInterval {
        targets = List.copyOf(targets);
    }
}
