package dev.ballot.paxos.single;

import dev.ballot.paxos.role.Node;
import static dev.ballot.paxos.Inputs.client;
import static dev.ballot.paxos.Inputs.from;
import static dev.ballot.paxos.Inputs.only;
import static dev.ballot.paxos.Inputs.random;
import static dev.ballot.paxos.Inputs.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Reply;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proposer's and learner's rules of Paxos Made Simple §2.2–2.3, one input at a time. */
class ProposerRulesTest {
    private static final Entry NINE = new Entry(Entry.DECREE, new Ballot(1, 2), new Value.Decree(9));

    private final Replica proposer = Node.bootstrap(Config.of(0, 3), random(), SingleDecree.FACTORY);

    @Test
    void proposeSendsPrepareToEveryPeerAfterPromisingItself() {
        Ready ready = proposer.step(client(1, 1, new Request.Propose(5)));
        Body.Prepare prepare = only(ready, 1, Body.Prepare.class);
        assertEquals(prepare, only(ready, 2, Body.Prepare.class));
        assertTrue(ready.persist().contains(new Durable.Promised(prepare.ballot())), ready.toString());
    }

    @Test
    void adoptsTheHighestBallotAcceptedValueAndDecidesIt() {
        Ballot ballot = only(proposer.step(client(1, 1, new Request.Propose(5))), 1, Body.Prepare.class).ballot();
        Entry older = new Entry(Entry.DECREE, new Ballot(0, 1), new Value.Decree(3));
        Ready phase2 = proposer.step(from(1, 0, new Body.Promise(ballot, List.of(older, NINE), null)));
        Body.Accept accept = only(phase2, 2, Body.Accept.class);
        assertEquals(new Entry(Entry.DECREE, ballot, new Value.Decree(9)), accept.proposal());

        Ready decided = proposer.step(from(2, 0, new Body.Accepted(ballot, Entry.DECREE)));
        Entry chosen = new Entry(Entry.DECREE, ballot, new Value.Decree(9));
        assertEquals(List.of(chosen), decided.learned());
        assertTrue(decided.persist().contains(new Durable.Chosen(chosen)), "learned before it is told");
        assertEquals(List.of(new Reply(1, 1, new Outcome.Ok(9L))), decided.replies());
        assertEquals(new Body.Chosen(null, List.of(chosen)), only(decided, 1, Body.Chosen.class));
    }

    @Test
    void proposesItsOwnValueWhenNothingWasAccepted() {
        Ballot ballot = only(proposer.step(client(1, 1, new Request.Propose(5))), 1, Body.Prepare.class).ballot();
        Ready phase2 = proposer.step(from(1, 0, new Body.Promise(ballot, List.of(), null)));
        assertEquals(new Value.Decree(5), only(phase2, 1, Body.Accept.class).proposal().value());
    }

    @Test
    void noAdoptMutantProposesItsOwnValueOverAnAcceptedOne() {
        Replica careless = Node.bootstrap(AcceptorRulesTest.mutant(Mutant.NO_ADOPT), random(), SingleDecree.FACTORY);
        Ballot ballot = only(careless.step(client(1, 1, new Request.Propose(5))), 1, Body.Prepare.class).ballot();
        Ready phase2 = careless.step(from(1, 0, new Body.Promise(ballot, List.of(NINE), null)));
        assertEquals(new Value.Decree(5), only(phase2, 1, Body.Accept.class).proposal().value());
    }

    @Test
    void readRunsPhaseOneAndAnswersNullOnlyWhenNothingIsAccepted() {
        Ready prepare = proposer.step(client(1, 1, new Request.Read(0)));
        assertTrue(prepare.replies().isEmpty(), "a read never answers from local state alone");
        Ballot ballot = only(prepare, 1, Body.Prepare.class).ballot();
        Ready answered = proposer.step(from(1, 0, new Body.Promise(ballot, List.of(), null)));
        assertEquals(List.of(new Reply(1, 1, new Outcome.Ok(null))), answered.replies());
    }

    @Test
    void readThatFindsAnAcceptedValueCompletesItsDecision() {
        Ballot ballot = only(proposer.step(client(1, 1, new Request.Read(0))), 1, Body.Prepare.class).ballot();
        Ready phase2 = proposer.step(from(1, 0, new Body.Promise(ballot, List.of(NINE), null)));
        assertTrue(phase2.replies().isEmpty(), "9 may or may not be chosen yet");
        Ready decided = proposer.step(from(1, 0, new Body.Accepted(ballot, Entry.DECREE)));
        assertEquals(List.of(new Reply(1, 1, new Outcome.Ok(9L))), decided.replies());
    }

    @Test
    void aRefusalLeadsToAHigherBallotAfterBackoff() {
        Ballot first = only(proposer.step(client(1, 1, new Request.Propose(5))), 1, Body.Prepare.class).ballot();
        Ballot theirs = new Ballot(7, 2);
        proposer.step(from(1, 0, new Body.Nack(first, theirs)));
        Body.Prepare retry = null;
        for (int i = 0; i < 100 && retry == null; i++) {
            Ready ready = proposer.step(tick());
            retry = ready.messages().isEmpty() ? null : only(ready, 1, Body.Prepare.class);
        }
        assertTrue(retry != null && retry.ballot().isAbove(theirs), String.valueOf(retry));
    }

    @Test
    void learnsFromAnotherLearnerAndThenAnswersAtOnce() {
        Ready learned = proposer.step(from(2, 0, new Body.Chosen(null, List.of(NINE))));
        assertEquals(List.of(NINE), learned.learned());
        Ready read = proposer.step(client(3, 1, new Request.Read(0)));
        assertEquals(List.of(new Reply(3, 1, new Outcome.Ok(9L))), read.replies());
        assertTrue(read.messages().isEmpty());
    }
}
