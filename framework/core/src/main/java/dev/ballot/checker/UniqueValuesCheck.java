package dev.ballot.checker;

import dev.ballot.history.Operation;
import dev.ballot.model.CasRegister;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Linearizability of a register history whose written values are unique, in O(n log n), after
 * Gibbons and Korach, "Testing shared memories" (1997). Each read names the write it saw, so no
 * search is needed.
 *
 * <p>The operations fall into chains ({@link ValueChains}); each chain's operations must appear
 * contiguously, in its fixed order of levels. So the history is linearizable if and only if
 * (1) inside every chain, no operation of a later level returned before an operation of an
 * earlier level was invoked, and (2) the chains can be ordered: chain S must precede chain T
 * whenever some operation of S returned before some operation of T was invoked, that is when
 * {@code lo(S) < hi(T)} with {@code lo} the earliest return and {@code hi} the latest invocation
 * of a chain. Any topological order of that relation, each chain laid out level by level, is a
 * linearization; a cycle makes one impossible.
 *
 * <p>Why pairs suffice (the zones argument of Gibbons and Korach): in a shortest cycle
 * {@code S1 -> S2 -> ... -> Sm -> S1} with m > 2, take the Si with the smallest {@code lo}; from
 * {@code lo(Si-2) < hi(Si-1)} follows {@code lo(Si) < hi(Si-1)}, so {@code Si -> Si-1} and
 * {@code Si-1 <-> Si} is a shorter cycle. Hence a sweep over chains sorted by {@code lo} finds a
 * conflicting pair if there is any cycle at all.
 */
final class UniqueValuesCheck {
    private UniqueValuesCheck() {
    }

    /** The verdict, or null if some value is written twice and the search must decide. */
    static CheckResult check(String checker, CasRegister model, List<Operation> ops) {
        ValueChains grouped = ValueChains.of(model, ops);
        if (grouped == null) {
            return null;
        }
        if (grouped.violation != null) {
            return Violations.of(checker, grouped.violation, grouped.culprits);
        }
        List<Span> spans = new ArrayList<>(grouped.chains.size());
        for (ValueChains.Chain chain : grouped.chains) {
            Span span = Span.of(chain);
            if (span.inner != null) {
                return span.inner.result(checker);
            }
            spans.add(span);
        }
        Violations.Pair pair = conflictingPair(spans);
        return pair == null ? new CheckResult.Valid(checker) : pair.result(checker);
    }

    /** A chain reduced to its extremes: the earliest return and the latest invocation. */
    private static final class Span {
        long lo = Long.MAX_VALUE;
        Operation loOp;
        long hi = Long.MIN_VALUE;
        Operation hiOp;
        Violations.Pair inner;

        static Span of(ValueChains.Chain chain) {
            Span span = new Span();
            if (chain.startsAtInitial()) {
                span.lo = -1;
                span.hi = -1;
            }
            for (List<Operation> level : chain.levels()) {
                // (1): nothing in this level may return before an earlier level was invoked.
                for (Operation op : level) {
                    if (span.inner == null && span.hiOp != null && op.ret() < span.hi) {
                        span.inner = new Violations.Pair(span.hiOp, op, null, null);
                    }
                }
                for (Operation op : level) {
                    if (op.ret() < span.lo) {
                        span.lo = op.ret();
                        span.loOp = op;
                    }
                    if (op.call() > span.hi) {
                        span.hi = op.call();
                        span.hiOp = op;
                    }
                }
            }
            return span;
        }
    }

    /** (2): two chains that must each precede the other, or null. */
    private static Violations.Pair conflictingPair(List<Span> spans) {
        Span[] byLo = spans.toArray(new Span[0]);
        Arrays.sort(byLo, Comparator.comparingLong(s -> s.lo));
        long[] los = new long[byLo.length];
        // For each prefix of byLo: the span with the largest hi, and the runner-up.
        int[] top = new int[byLo.length];
        int[] second = new int[byLo.length];
        for (int i = 0; i < byLo.length; i++) {
            los[i] = byLo[i].lo;
            int t = i == 0 ? -1 : top[i - 1];
            int s = i == 0 ? -1 : second[i - 1];
            if (t < 0 || byLo[i].hi > byLo[t].hi) {
                s = t;
                t = i;
            } else if (s < 0 || byLo[i].hi > byLo[s].hi) {
                s = i;
            }
            top[i] = t;
            second[i] = s;
        }
        for (int ti = 0; ti < byLo.length; ti++) {
            Span t = byLo[ti];
            // Spans S with lo(S) < hi(T) must precede T: the first `count` of byLo.
            int count = lowerBound(los, t.hi);
            if (count == 0) {
                continue;
            }
            int si = top[count - 1] != ti ? top[count - 1] : second[count - 1];
            if (si >= 0 && byLo[si].hi > t.lo) {
                Span s = byLo[si];
                return new Violations.Pair(s.loOp, t.hiOp, t.loOp, s.hiOp);
            }
        }
        return null;
    }

    /** The number of entries of sorted {@code values} that are less than {@code bound}. */
    private static int lowerBound(long[] values, long bound) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < bound) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
