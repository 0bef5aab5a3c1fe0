package dev.ballot.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A counterexample as a report shows it, its operations named by the event index of their
 * invocation (what {@code results.json} records as {@code invoke_index}).
 *
 * @param failing the invocation of the operation that cannot be linearized, or null
 * @param concurrent the invocations of the operations concurrent with it
 * @param linearization the invocations of the longest linearization found (possibly its tail)
 * @param linearizationLength how long that linearization was in all
 * @param state the state it reached, or null
 * @param explanation what went wrong, in a sentence or more
 * @param text the whole counterexample as text, operation by operation
 */
public record Evidence(Long failing, List<Long> concurrent, List<Long> linearization,
                       int linearizationLength, String state, String explanation, String text) {

    public Evidence {
        concurrent = List.copyOf(concurrent);
        linearization = List.copyOf(linearization);
    }

    /** Each operation it involves, by invocation index, with its role. */
    public Map<Long, Mark> marks() {
        Map<Long, Mark> marks = new LinkedHashMap<>();
        if (failing != null) {
            marks.put(failing, Mark.FAILING);
        }
        concurrent.forEach(call -> marks.putIfAbsent(call, Mark.CONCURRENT));
        linearization.forEach(call -> marks.putIfAbsent(call, Mark.LINEARIZED));
        return marks;
    }
}
