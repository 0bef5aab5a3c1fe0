package dev.ballot.report;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The timeline's lanes: one per process, except that a process whose life ended before another
 * began may share its lane. A client that got {@code info} continues under a fresh process id
 * (Jepsen's rule), so without sharing a run with many timeouts would grow a lane per timeout;
 * with it, a lane is one client thread ({@code p3 p33 p63}). Processes are packed greedily in
 * order of their first invocation, into the first lane that is free by then (by event order).
 *
 * @param laneOf each process' lane
 * @param processes each lane's processes, in order
 */
public record Lanes(Map<Integer, Integer> laneOf, List<List<Integer>> processes) {

    public Lanes {
        laneOf = Map.copyOf(laneOf);
        processes = processes.stream().map(List::copyOf).toList();
    }

    public static Lanes of(History history) {
        Map<Integer, long[]> life = new LinkedHashMap<>();
        for (Operation op : history.operations()) {
            long last = op.completion() == null ? Long.MAX_VALUE : op.completion().index();
            long[] span = life.computeIfAbsent(op.process(), p -> new long[] {op.call(), last});
            span[1] = Math.max(span[1], last);
        }
        Map<Integer, Integer> laneOf = new HashMap<>();
        List<List<Integer>> processes = new ArrayList<>();
        List<Long> freeAfter = new ArrayList<>();
        life.forEach((process, span) -> {
            int lane = 0;
            while (lane < freeAfter.size() && freeAfter.get(lane) >= span[0]) {
                lane++;
            }
            if (lane == freeAfter.size()) {
                freeAfter.add(span[1]);
                processes.add(new ArrayList<>());
            }
            freeAfter.set(lane, span[1]);
            processes.get(lane).add(process);
            laneOf.put(process, lane);
        });
        return new Lanes(laneOf, processes);
    }

    public int count() {
        return processes.size();
    }

    public int laneOf(int process) {
        return laneOf.get(process);
    }

    /** {@code p3}, or {@code p3 p33 p63}, shortened to the first and last of many. */
    public String label(int lane) {
        List<Integer> ps = processes.get(lane);
        if (ps.size() > 4) {
            return "p" + ps.get(0) + " … p" + ps.get(ps.size() - 1) + " (" + ps.size() + ")";
        }
        return ps.stream().map(p -> "p" + p).collect(Collectors.joining(" "));
    }

    /** Every process of the lane, for a tooltip. */
    public String fullLabel(int lane) {
        return processes.get(lane).stream().map(p -> "p" + p).collect(Collectors.joining(" "));
    }
}
