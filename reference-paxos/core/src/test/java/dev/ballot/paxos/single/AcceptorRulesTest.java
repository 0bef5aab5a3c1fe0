package dev.ballot.paxos.single;

import dev.ballot.paxos.role.Node;
import static dev.ballot.paxos.Inputs.from;
import static dev.ballot.paxos.Inputs.only;
import static dev.ballot.paxos.Inputs.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.Timing;
import dev.ballot.paxos.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The acceptor's rules of Paxos Made Simple §2.2, one input at a time. */
class AcceptorRulesTest {
    private static final Ballot LOW = new Ballot(1, 1);
    private static final Ballot HIGH = new Ballot(2, 2);
    private static final Entry SEVEN = new Entry(Entry.DECREE, LOW, new Value.Decree(7));

    private final Replica acceptor = Node.bootstrap(Config.of(0, 3), random(), SingleDecree.FACTORY);

    @Test
    void promiseCarriesTheAcceptedProposal() {
        acceptor.step(from(1, 0, new Body.Accept(SEVEN, 0)));
        Ready ready = acceptor.step(from(2, 0, new Body.Prepare(HIGH, Entry.DECREE)));
        Body.Promise promise = only(ready, 2, Body.Promise.class);
        assertEquals(HIGH, promise.ballot());
        assertEquals(List.of(SEVEN), promise.accepted());
    }

    @Test
    void rejectsPrepareAndAcceptBelowItsPromise() {
        acceptor.step(from(2, 0, new Body.Prepare(HIGH, Entry.DECREE)));
        Ready prepare = acceptor.step(from(1, 0, new Body.Prepare(LOW, Entry.DECREE)));
        assertEquals(new Body.Nack(LOW, HIGH), only(prepare, 1, Body.Nack.class));
        Ready accept = acceptor.step(from(1, 0, new Body.Accept(SEVEN, 0)));
        assertEquals(new Body.Nack(LOW, HIGH), only(accept, 1, Body.Nack.class));
        assertTrue(accept.persist().isEmpty(), "a refusal changes nothing durable");
    }

    @Test
    void persistsThePromiseInTheSameReadyThatSendsIt() {
        Ready ready = acceptor.step(from(2, 0, new Body.Prepare(HIGH, Entry.DECREE)));
        assertTrue(ready.persist().contains(new Durable.Promised(HIGH)), ready.toString());
        only(ready, 2, Body.Promise.class);
    }

    @Test
    void persistsTheAcceptanceInTheSameReadyThatAnswersIt() {
        Ready ready = acceptor.step(from(1, 0, new Body.Accept(SEVEN, 0)));
        assertTrue(ready.persist().contains(new Durable.Accepted(SEVEN)), ready.toString());
        assertEquals(new Body.Accepted(LOW, Entry.DECREE), only(ready, 1, Body.Accepted.class));
    }

    @Test
    void remembersPromiseAndAcceptanceAcrossARestart() {
        // The first Ready also carries the bootstrap records (incarnation, voting).
        List<Durable> disk = new ArrayList<>(acceptor.step(from(1, 0, new Body.Accept(SEVEN, 0))).persist());
        Replica restarted = Node.recover(Config.of(0, 3), random(), disk, SingleDecree.FACTORY);
        Ready ready = restarted.step(from(2, 0, new Body.Prepare(HIGH, Entry.DECREE)));
        assertEquals(List.of(SEVEN), only(ready, 2, Body.Promise.class).accepted());
        Ready low = restarted.step(from(1, 0, new Body.Prepare(LOW, Entry.DECREE)));
        only(low, 1, Body.Nack.class);
    }

    @Test
    void forgetPromiseMutantAcceptsBelowItsPromise() {
        only(acceptAfterPromising(Mutant.FORGET_PROMISE, HIGH), 1, Body.Accepted.class);
    }

    @Test
    void volatileAcceptorMutantPersistsNothing() {
        Ready ready = acceptAfterPromising(Mutant.VOLATILE_ACCEPTOR, LOW);
        assertTrue(ready.persist().stream().noneMatch(r -> r instanceof Durable.Accepted), ready.toString());
    }

    /** A mutant acceptor that promised {@code promised} and is then asked to accept SEVEN. */
    private static Ready acceptAfterPromising(Mutant mutant, Ballot promised) {
        Replica replica = Node.bootstrap(mutant(mutant), random(), SingleDecree.FACTORY);
        replica.step(from(2, 0, new Body.Prepare(promised, Entry.DECREE)));
        return replica.step(from(1, 0, new Body.Accept(SEVEN, 0)));
    }

    static Config mutant(Mutant mutant) {
        return new Config(0, 3, Set.of(mutant), Timing.defaults());
    }
}
