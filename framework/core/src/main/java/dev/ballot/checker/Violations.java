package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.Describe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * Counterexamples of {@link UniqueValuesCheck}, as cycles in the graph of operations whose edges
 * are the orders a linearization must respect: real time ("returned before the other was
 * invoked"), reads-from and the version order that these imply. A cycle is a proof that no
 * linearization exists; the smallest one found is reported.
 */
final class Violations {
    private Violations() {
    }

    /** An edge of the explanation graph: {@code why} the source must precede the target. */
    record Order(Operation from, Operation to, String why) {
    }

    /**
     * A conflict found by the check: {@code first} returned before {@code second} was invoked,
     * yet {@code second} must take effect before {@code first}. With {@code third} and
     * {@code fourth} set, it is a conflict between two chains S (holding first and fourth) and T
     * (holding second and third): first precedes second, so S precedes T; third precedes fourth,
     * so T precedes S. A null operation stands for the initial value.
     */
    record Pair(Operation first, Operation second, Operation third, Operation fourth) {
        CheckResult result(String checker) {
            Graph<Operation, Order> graph = new DefaultDirectedGraph<>(Order.class);
            String returnedFirst = "it returned before the other was invoked";
            String initial = "it observes the initial value, which precedes every write";
            if (third == null && fourth == null) {
                add(graph, second, first, returnedFirst);
                add(graph, first, second, "the value order forces it: " + Describe.operation(first)
                        + " must take effect first");
            } else if (first == null) {
                add(graph, third, fourth, returnedFirst);
                add(graph, fourth, third, initial);
            } else if (third == null) {
                add(graph, first, second, returnedFirst);
                add(graph, second, first, initial);
            } else {
                add(graph, first, second, returnedFirst);
                add(graph, third, fourth, returnedFirst);
                add(graph, fourth, third, "their values are ordered by " + Describe.operation(first)
                        + " returning before " + Describe.operation(second) + " was invoked");
            }
            List<Operation> cycle = smallestCycle(graph);
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < cycle.size(); i++) {
                Order edge = graph.getEdge(cycle.get(i), cycle.get((i + 1) % cycle.size()));
                steps.add(Describe.operation(edge.from()) + " precedes "
                        + Describe.operation(edge.to()) + " (" + edge.why() + ")");
            }
            String explanation = "no order of the operations respects all of: "
                    + String.join("; ", steps) + ". The cycle makes a linearization impossible.";
            Operation failing = cycle.stream().max(Comparator.comparingLong(Operation::call))
                    .orElseThrow();
            List<Operation> others = new ArrayList<>(graph.vertexSet());
            others.remove(failing);
            return new CheckResult.Invalid(checker, Counterexample.of(failing, others, explanation));
        }
    }

    /** An invalid history explained by one sentence about a few operations. */
    static CheckResult of(String checker, String why, List<Operation> culprits) {
        Operation failing = culprits.get(culprits.size() - 1);
        return new CheckResult.Invalid(checker, Counterexample.of(failing,
                culprits.subList(0, culprits.size() - 1), why));
    }

    private static void add(Graph<Operation, Order> graph, Operation from, Operation to, String why) {
        graph.addVertex(from);
        graph.addVertex(to);
        graph.addEdge(from, to, new Order(from, to, why));
    }

    private static List<Operation> smallestCycle(Graph<Operation, Order> graph) {
        return new JohnsonSimpleCycles<>(graph).findSimpleCycles().stream()
                .min(Comparator.comparingInt(List::size)).orElseThrow();
    }
}
