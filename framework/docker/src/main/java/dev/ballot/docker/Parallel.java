package dev.ballot.docker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one action per node at once and waits for all of them. Work on containers is almost all
 * waiting for Docker, so a thread each is the simplest way to take N times less time. The first
 * failure is rethrown once every action has ended, with the others attached as suppressed.
 */
final class Parallel {
    private Parallel() {
    }

    static <T> void forEach(Collection<T> items, Consumer<T> action) {
        map(items, item -> {
            action.accept(item);
            return null;
        });
    }

    /** {@code function} of each item, in the items' order. */
    static <T, R> Map<T, R> map(Collection<T> items, Function<T, R> function) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, items.size()), runnable -> {
            Thread thread = new Thread(runnable, "ballot-docker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<T, CompletableFuture<R>> futures = new LinkedHashMap<>();
            items.forEach(item -> futures.put(item,
                    CompletableFuture.supplyAsync(() -> function.apply(item), pool)));
            Map<T, R> results = new LinkedHashMap<>();
            List<Throwable> failures = new ArrayList<>();
            futures.forEach((item, future) -> {
                try {
                    results.put(item, future.join());
                } catch (CompletionException e) {
                    failures.add(e.getCause());
                }
            });
            if (!failures.isEmpty()) {
                RuntimeException first = failures.get(0) instanceof RuntimeException r ? r
                        : new IllegalStateException(failures.get(0));
                failures.subList(1, failures.size()).forEach(first::addSuppressed);
                throw first;
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
