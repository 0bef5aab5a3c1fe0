package dev.ballot.paxos.role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link Slots} answers as the sorted map it replaces, under random puts, compactions and copies. */
class SlotsTest {

    @Test
    void behavesAsASortedMapOfSlots() {
        Random random = new Random(7);
        for (int run = 0; run < 2_000; run++) {
            Slots slots = new Slots();
            TreeMap<Long, Entry> expected = new TreeMap<>();
            long front = 0;
            for (int step = 0; step < 60; step++) {
                long slot = random.nextInt(4) == 0 ? random.nextInt(40) : front + random.nextInt(300);
                switch (random.nextInt(8)) {
                    case 0 -> {
                        slots.removeUpTo(slot);
                        expected.headMap(slot, true).clear();
                        front = Math.max(front, slot);
                    }
                    case 1 -> slots = new Slots(slots);
                    default -> {
                        Entry entry = new Entry(slot, new Ballot(step, 0), new Value.Noop());
                        slots.put(entry);
                        expected.put(slot, entry);
                    }
                }
                assertSame(expected, slots, random.nextBoolean() ? Long.MIN_VALUE : random.nextInt(400) + front);
            }
        }
    }

    private static void assertSame(TreeMap<Long, Entry> expected, Slots slots, long from) {
        assertEquals(expected.isEmpty(), slots.isEmpty());
        if (!expected.isEmpty()) {
            assertEquals(expected.lastKey(), slots.lastSlot());
            for (long slot = expected.firstKey() - 2; slot <= expected.lastKey() + 2; slot++) {
                assertEquals(expected.get(slot), slots.get(slot));
            }
        }
        assertEquals(new ArrayList<>(expected.tailMap(from, true).values()), slots.from(from, Integer.MAX_VALUE));
        assertEquals(expected.ceilingKey(from) != null, slots.holdsFrom(from));
        List<Entry> all = new ArrayList<>();
        slots.forEach(all::add);
        assertEquals(new ArrayList<>(expected.values()), all);
    }
}
