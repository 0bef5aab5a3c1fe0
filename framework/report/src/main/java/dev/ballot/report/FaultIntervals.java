package dev.ballot.report;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds the fault intervals of a history. The nemesis records each fault as an {@code invoke} and
 * {@code info} pair (Jepsen's older histories: a lone {@code info}); the invocation names the
 * targets. A fault starts an interval of its family (network, process, clock); the faults that
 * follow in the same family before it is undone join it (kill then wipe is one amnesia; kill n1,
 * kill n2 one crash of two nodes). An undoing event ends the parts it undoes, for its targets; the
 * interval ends where the last part was undone, at the completion of the undoing event (only then
 * is the cluster known to be healed). {@code primaries} is an observation, not a fault.
 */
final class FaultIntervals {
    /** What each undoing event undoes, by the {@code f} of the fault. */
    private static final Map<String, Predicate<String>> UNDOES = Map.of(
            "heal", f -> family(f).equals("network") || family(f).equals("other"),
            "restart", f -> f.equals("kill") || f.equals("wipe"),
            "resume", f -> f.equals("pause"),
            "clock-reset", f -> family(f).equals("clock"),
            // Jepsen's generic nemesis vocabulary: stop (or recover) ends whatever start began.
            "stop", f -> true,
            "recover", f -> true);
    private static final Set<String> OBSERVATIONS = Set.of("primaries");

    private FaultIntervals() {
    }

    static String family(String f) {
        return switch (f) {
            case "partition", "loss" -> "network";
            case "kill", "wipe", "pause" -> "process";
            case "clock-offset", "clock-strobe" -> "clock";
            default -> "other";
        };
    }

    static List<FaultInterval> of(History history, Timebase timebase) {
        Map<String, Open> open = new LinkedHashMap<>();
        List<FaultInterval> intervals = new ArrayList<>();
        Op pending = null;
        for (Op op : history.ops()) {
            if (!op.isNemesis() || OBSERVATIONS.contains(op.f())) {
                continue;
            }
            if (op.type() == OpType.INVOKE) {
                pending = op;
                continue;
            }
            Op invoke = pending != null && pending.f().equals(op.f()) ? pending : op;
            pending = null;
            double begin = timebase.x(invoke);
            double end = timebase.x(op);
            Object value = invoke.value() != null ? invoke.value() : op.value();
            Predicate<String> undoes = UNDOES.get(op.f());
            if (undoes == null) {
                open.computeIfAbsent(family(op.f()), family -> new Open(begin, family))
                        .add(op.f(), value, op.error());
                continue;
            }
            Set<String> targets = new HashSet<>(FaultText.targets(value));
            open.values().removeIf(interval -> {
                boolean ended = interval.undo(undoes, targets);
                if (ended) {
                    intervals.add(interval.close(end, true));
                }
                return ended;
            });
        }
        open.values().forEach(interval -> intervals.add(interval.close(timebase.end(), false)));
        intervals.sort(Comparator.comparingDouble(FaultInterval::start));
        return intervals;
    }

    /** A fault that no undoing event has fully ended yet. */
    private record Part(String f, Object value, Set<String> remaining, boolean targeted) {
    }

    /** An interval still open: its parts, each with the targets not yet undone. */
    private static final class Open {
        final double start;
        final String family;
        final List<Part> parts = new ArrayList<>();
        final List<Part> all = new ArrayList<>();
        String error;

        Open(double start, String family) {
            this.start = start;
            this.family = family;
        }

        void add(String f, Object value, String failure) {
            List<String> targets = FaultText.targets(value);
            Part part = new Part(f, value, new LinkedHashSet<>(targets), !targets.isEmpty());
            parts.add(part);
            all.add(part);
            if (failure != null && error == null) {
                error = f + ": " + failure;
            }
        }

        /** Undoes the matching parts for {@code targets} (all, if none); true once none is left. */
        boolean undo(Predicate<String> undoes, Set<String> targets) {
            parts.removeIf(part -> {
                if (!undoes.test(part.f())) {
                    return false;
                }
                part.remaining().removeAll(targets);
                return targets.isEmpty() || !part.targeted() || part.remaining().isEmpty();
            });
            return parts.isEmpty();
        }

        FaultInterval close(double end, boolean undone) {
            Set<String> targets = new TreeSet<>();
            Set<String> fs = new LinkedHashSet<>();
            Set<String> described = new LinkedHashSet<>();
            boolean plain = true;
            for (Part part : all) {
                List<String> nodes = FaultText.targets(part.value());
                String text = FaultText.describe(part.f(), part.value());
                targets.addAll(nodes);
                fs.add(part.f());
                described.add(text);
                plain &= !nodes.isEmpty() && text.equals(part.f() + " " + String.join(" ", nodes));
            }
            // Faults that only name nodes read better together: "kill, wipe n1 n2".
            String label = plain ? String.join(", ", fs) + " " + String.join(" ", targets)
                    : String.join("; ", described);
            return new FaultInterval(start, Math.max(start, end), family, label,
                    List.copyOf(targets), undone, error);
        }
    }
}
