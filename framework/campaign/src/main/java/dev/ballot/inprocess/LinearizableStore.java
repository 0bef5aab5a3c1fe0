package dev.ballot.inprocess;

import dev.ballot.sut.Completion;
import dev.ballot.sut.Request;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One copy of every register and consensus instance, behind all the nodes of an
 * {@link InProcessCluster}: every request takes effect atomically under one lock, so any history
 * of it is linearizable. With {@code staleReads} it has a planted bug: a read returns the value the
 * key held before its latest write.
 */
final class LinearizableStore {
    private final Map<Object, Object> values = new HashMap<>();
    private final Map<Object, Object> previous = new HashMap<>();
    private final boolean staleReads;

    LinearizableStore(boolean staleReads) {
        this.staleReads = staleReads;
    }

    synchronized Completion apply(Request request) {
        Object key = request.key();
        switch (request.f()) {
            case "read":
                return Completion.ok(staleReads && previous.containsKey(key) ? previous.get(key)
                        : values.get(key));
            case "write":
                set(key, request.value());
                return Completion.ok(null);
            case "cas":
                List<?> pair = (List<?>) request.value();
                if (!Objects.equals(values.get(key), pair.get(0))) {
                    return Completion.fail("expected " + pair.get(0));
                }
                set(key, pair.get(1));
                return Completion.ok(null);
            case "propose":
                if (!values.containsKey(key)) {
                    set(key, request.value());
                }
                return Completion.ok(values.get(key));
            default:
                return Completion.fail("unknown f " + request.f());
        }
    }

    private void set(Object key, Object value) {
        previous.put(key, values.get(key));
        values.put(key, value);
    }
}
