package dev.ballot.runner;

import java.util.List;

/**
 * What happened during a run, apart from the history's verdict: the inputs of the rule that a run
 * which could not show anything is never valid.
 *
 * @param unhealthy the nodes that never served a read before the faults began
 * @param neverOk the kinds of operation that never once succeeded
 * @param faultsRequested whether the campaign asked for faults at all
 * @param faultsPlanned how many faults the schedule held
 * @param faultsApplied how many of them were applied and verified
 * @param errors faults that could not be applied or verified, and other errors of the run
 */
record RunFacts(List<String> unhealthy, List<String> neverOk, boolean faultsRequested,
                int faultsPlanned, int faultsApplied, List<String> errors) {
    RunFacts {
        unhealthy = List.copyOf(unhealthy);
        neverOk = List.copyOf(neverOk);
        errors = List.copyOf(errors);
    }
}
