package dev.ballot.synth;

import dev.ballot.history.OpType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A linearizable store used by concurrent clients. Each tick a random client takes its next step:
 * invoke an operation, let it take effect atomically on the store, or complete it. Since an
 * operation takes effect at one instant between its invocation and its completion, the order of
 * effects is a linearization, and the recorded history is linearizable by construction.
 */
final class Simulation {
    private final SynthOptions options;
    private final RandomGenerator random;
    private final ValueSource values;
    private final EventLog log;
    /** The store: one register per key. */
    private final Object[] registers;

    Simulation(SynthOptions options, RandomGenerator random, ValueSource values) {
        this.options = options;
        this.random = random;
        this.values = values;
        this.log = new EventLog(options.operations());
        this.registers = new Object[options.keys()];
        Arrays.fill(registers, options.initial());
    }

    /** Runs until every operation has been invoked and completed. */
    EventLog run() {
        Client[] clients = new Client[options.processes()];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = new Client(i);
        }
        int invoked = 0;
        int inFlight = 0;
        while (invoked < options.operations() || inFlight > 0) {
            Client client = clients[random.nextInt(clients.length)];
            switch (client.phase) {
                case IDLE -> {
                    if (invoked < options.operations()) {
                        invoke(client);
                        invoked++;
                        inFlight++;
                    }
                }
                case INVOKED -> takeEffect(client);
                case TOOK_EFFECT -> {
                    complete(client);
                    inFlight--;
                }
                default -> throw new AssertionError(client.phase);
            }
        }
        return log;
    }

    private void invoke(Client c) {
        c.f = options.mix().pick(random);
        c.key = random.nextInt(options.keys());
        c.input = switch (c.f) {
            case "read" -> null;
            case "write" -> values.next(c.key);
            // Half the cas operations expect what the register holds now, so that many succeed.
            case "cas" -> List.of(registers[c.key] != null && random.nextBoolean()
                    ? registers[c.key] : values.guess(c.key), values.next(c.key));
            default -> throw new AssertionError(c.f);
        };
        double outcome = random.nextDouble();
        c.outcome = outcome < options.info() ? OpType.INFO
                : outcome < options.info() + options.fail() ? OpType.FAIL : OpType.OK;
        c.result = null;
        Object key = options.workload() == Workload.KV ? Long.valueOf(c.key) : null;
        c.operation = log.invoke(c.process, c.f, c.input, key);
        c.phase = Client.Phase.INVOKED;
    }

    private void takeEffect(Client c) {
        c.phase = Client.Phase.TOOK_EFFECT;
        // A refused operation never happens; an unknown one may or may not have happened.
        if (c.outcome == OpType.FAIL || (c.outcome == OpType.INFO && random.nextBoolean())) {
            return;
        }
        switch (c.f) {
            case "read" -> c.result = registers[c.key];
            case "write" -> registers[c.key] = c.input;
            case "cas" -> {
                List<?> cas = (List<?>) c.input;
                if (Objects.equals(cas.get(0), registers[c.key])) {
                    registers[c.key] = cas.get(1);
                } else if (c.outcome == OpType.OK) {
                    c.outcome = OpType.FAIL;
                }
            }
            default -> throw new AssertionError(c.f);
        }
    }

    private void complete(Client c) {
        Object value = c.f.equals("read") ? (c.outcome == OpType.OK ? c.result : null) : c.input;
        log.complete(c.operation, c.outcome, value);
        c.phase = Client.Phase.IDLE;
        if (c.outcome == OpType.INFO) {
            // Jepsen's convention: a process that timed out is replaced by a fresh one.
            c.process += options.processes();
        }
    }
}
