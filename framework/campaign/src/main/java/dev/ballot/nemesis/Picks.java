package dev.ballot.nemesis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.random.RandomGenerator;

/** Seeded random choices over lists. {@code Collections.shuffle} takes only a {@code Random}. */
final class Picks {
    private Picks() {
    }

    /** A Fisher–Yates shuffle of a copy: the same generator state gives the same order. */
    static <T> List<T> shuffled(Collection<T> items, RandomGenerator random) {
        List<T> list = new ArrayList<>(items);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
        return list;
    }

    /** {@code count} distinct items, at random. */
    static <T> List<T> some(Collection<T> items, int count, RandomGenerator random) {
        return List.copyOf(shuffled(items, random).subList(0, Math.min(count, items.size())));
    }

    static <T> T one(List<T> items, RandomGenerator random) {
        return items.get(random.nextInt(items.size()));
    }
}
