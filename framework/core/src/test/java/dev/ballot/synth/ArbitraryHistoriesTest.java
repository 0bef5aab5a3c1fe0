package dev.ballot.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.checker.Budget;
import dev.ballot.checker.LinearizabilityChecker;
import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.model.Model;
import dev.ballot.model.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The checker against brute force on arbitrary small histories: random operations with random
 * results, most of them not linearizable, for every model whose operations take a single value.
 * Unlike simulated histories, these reach corners no correct system produces.
 */
class ArbitraryHistoriesTest {

    @Test
    void writeOnce() {
        compare("write-once", List.of("propose", "propose", "read", "write"));
    }

    @Test
    void casRegister() {
        compare("cas-register", List.of("read", "write", "cas"));
    }

    @Test
    void register() {
        compare("register", List.of("read", "write"));
    }

    private static void compare(String modelName, List<String> functions) {
        SplittableRandom random = new SplittableRandom(modelName.hashCode());
        int valid = 0;
        for (int round = 0; round < 4000; round++) {
            Object initial = random.nextBoolean() ? null : 0L;
            Model model = Models.byName(modelName, initial, random.nextInt(4) == 0);
            History history = arbitrary(random, functions, 1 + random.nextInt(8));
            boolean expected = BruteForce.isLinearizable(model, history);
            valid += expected ? 1 : 0;
            String context = "round " + round + " " + model.name() + " " + history.ops();
            assertEquals(expected, LinearizabilityChecker.of(model, Budget.standard())
                    .check(history).verdict(), context);
            assertEquals(expected, LinearizabilityChecker.searchOnly(model, Budget.standard())
                    .check(history).verdict(), context);
        }
        assertTrue(valid > 400 && valid < 3600, "valid histories: " + valid);
    }

    private static History arbitrary(SplittableRandom random, List<String> functions, int count) {
        List<Op> events = new ArrayList<>();
        List<Op> open = new ArrayList<>();
        int process = 0;
        int invoked = 0;
        while (invoked < count || !open.isEmpty()) {
            if (invoked < count && (open.isEmpty() || random.nextBoolean())) {
                String f = functions.get(random.nextInt(functions.size()));
                Object value = switch (f) {
                    case "read" -> null;
                    case "cas" -> List.of(value(random), value(random));
                    default -> value(random);
                };
                Op invoke = Op.of(events.size(), OpType.INVOKE, process++, f, value);
                events.add(invoke);
                open.add(invoke);
                invoked++;
            } else {
                Op invoke = open.remove(random.nextInt(open.size()));
                int roll = random.nextInt(10);
                OpType type = roll < 6 ? OpType.OK : roll < 8 ? OpType.INFO : OpType.FAIL;
                boolean returnsValue = type == OpType.OK
                        && (invoke.f().equals("read") || invoke.f().equals("propose"));
                Object result = returnsValue ? (random.nextInt(5) == 0 ? null : value(random))
                        : invoke.value();
                if (!(type == OpType.INFO && random.nextInt(3) == 0)) {
                    events.add(Op.of(events.size(), type, invoke.process(), invoke.f(), result));
                }
            }
        }
        return History.of(events);
    }

    private static Object value(SplittableRandom random) {
        return (long) random.nextInt(3);
    }
}
