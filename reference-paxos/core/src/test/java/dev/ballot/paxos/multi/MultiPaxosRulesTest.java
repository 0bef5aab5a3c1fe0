package dev.ballot.paxos.multi;

import dev.ballot.paxos.role.Node;
import static dev.ballot.paxos.Inputs.client;
import static dev.ballot.paxos.Inputs.from;
import static dev.ballot.paxos.Inputs.only;
import static dev.ballot.paxos.Inputs.random;
import static dev.ballot.paxos.Inputs.sentTo;
import static dev.ballot.paxos.Inputs.tick;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Input;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Replica;
import dev.ballot.paxos.Reply;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Timing;
import dev.ballot.paxos.Value;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Multi-Paxos rules, one input at a time: election, phase 2 per slot, the state machine. */
class MultiPaxosRulesTest {
    private static final Command WRITE = new Command(7, 1, new Request.Write(1, 10));

    private Replica node = Node.bootstrap(Config.of(0, 3), random(), MultiPaxos.FACTORY);

    /** Ticks node 0 until it prepares, and lets node 1 promise with {@code accepted}. */
    private Ready elect(List<Entry> accepted) {
        for (int i = 0; i < 1000; i++) {
            Ready ready = node.step(tick());
            if (!ready.messages().isEmpty()) {
                Body.Prepare prepare = only(ready, 1, Body.Prepare.class);
                assertEquals(1, prepare.fromSlot(), "phase 1 covers the open range from the first unchosen slot");
                return node.step(from(1, 0, new Body.Promise(prepare.ballot(), accepted, null)));
            }
        }
        throw new AssertionError("no election");
    }

    private static Ballot ballotOf(Ready ready) {
        return sentTo(ready, 2).stream().filter(b -> b instanceof Body.Heartbeat)
                .map(b -> ((Body.Heartbeat) b).ballot()).findFirst().orElseThrow();
    }

    @Test
    void aNewLeaderAdoptsAcceptedValuesAndFillsGapsWithNoops() {
        Value one = new Value.Batch(List.of(WRITE));
        Value three = new Value.Batch(List.of(new Command(8, 1, new Request.Write(2, 20))));
        Ballot old = new Ballot(0, 1);
        Ready ready = elect(List.of(new Entry(1, old, one), new Entry(3, old, three)));
        Ballot ballot = ballotOf(ready);
        List<Entry> proposals = sentTo(ready, 1).stream().filter(b -> b instanceof Body.Accept)
                .map(b -> ((Body.Accept) b).proposal()).toList();
        assertEquals(List.of(new Entry(1, ballot, one), new Entry(2, ballot, new Value.Noop()),
                new Entry(3, ballot, three)), proposals);
    }

    @Test
    void aStableLeaderSkipsPhaseOneAndAnswersOnceAMajorityAccepted() {
        Ballot ballot = ballotOf(elect(List.of()));
        Ready accept = node.step(new Input.ClientRequest(WRITE));
        Entry proposal = only(accept, 1, Body.Accept.class).proposal();
        assertEquals(new Entry(1, ballot, new Value.Batch(List.of(WRITE))), proposal);
        assertTrue(accept.replies().isEmpty());

        Ready chosen = node.step(from(2, 0, new Body.Accepted(ballot, 1)));
        assertEquals(List.of(proposal), chosen.learned());
        assertEquals(List.of(new Reply(7, 1, new Outcome.Ok(null))), chosen.replies());
        assertEquals(new Body.Chosen(null, List.of(proposal)), only(chosen, 1, Body.Chosen.class));
    }

    @Test
    void theLeadersAcceptsMayLeaveBeforeItsOwnAcceptanceIsDurableButNothingElse() {
        Ballot ballot = ballotOf(elect(List.of()));
        Ready accept = node.step(new Input.ClientRequest(WRITE));
        Entry proposal = new Entry(1, ballot, new Value.Batch(List.of(WRITE)));
        assertEquals(List.of(new Body.Accept(proposal, 0), new Body.Accept(proposal, 0)),
                accept.sendBeforePersist().stream().map(m -> m.body()).toList());
        assertTrue(accept.syncBeforeSend() && accept.persist().contains(new Durable.Accepted(proposal)),
                "its own acceptance is forced before anything that counts it leaves");

        // From node 1, whose incarnation its promise made known: nothing else to record.
        Ready chosen = node.step(from(1, 0, new Body.Accepted(ballot, 1)));
        assertEquals(List.of(new Durable.Chosen(proposal)), chosen.persist());
        assertFalse(chosen.syncBeforeSend(), "its own durable acceptance stands in for the chosen record");
        assertTrue(chosen.sendBeforePersist().isEmpty(), "news of a choice waits like any answer");
    }

    @Test
    void anAcceptorAnswersOnlyAfterItsRecordsAndLearnsLazilyWhatItAccepted() {
        Replica follower = Node.bootstrap(Config.of(1, 3), random(), MultiPaxos.FACTORY);
        Entry proposal = new Entry(1, new Ballot(1, 0), new Value.Batch(List.of(WRITE)));
        Ready accepted = follower.step(from(0, 1, new Body.Accept(proposal, 0)));
        assertTrue(accepted.syncBeforeSend() && accepted.sendBeforePersist().isEmpty(), accepted.toString());
        Ready learned = follower.step(from(0, 1, new Body.Chosen(null, List.of(proposal))));
        assertFalse(learned.syncBeforeSend(), learned.toString());

        Entry other = new Entry(2, new Ballot(1, 0), new Value.Noop());
        Ready unseen = follower.step(from(0, 1, new Body.Chosen(null, List.of(other))));
        assertTrue(unseen.syncBeforeSend(), "a choice it did not accept itself is forced");
    }

    @Test
    void aRetriedRequestIsAppliedOnceAndAnsweredAgain() {
        Ballot ballot = ballotOf(elect(List.of()));
        Ballot other = new Ballot(ballot.round() + 1, 2);
        Value twice = new Value.Batch(List.of(WRITE));
        // Two leaders put the same request in two slots; the state machine applies it once.
        Ready first = node.step(from(2, 0, new Body.Chosen(null, List.of(new Entry(1, ballot, twice),
                new Entry(2, other, twice)))));
        assertEquals(1, first.applied().size(), first.applied().toString());
        Ready retry = node.step(new Input.ClientRequest(WRITE));
        assertEquals(List.of(new Reply(7, 1, new Outcome.Ok(null))), retry.replies());
        assertTrue(retry.messages().isEmpty(), "an applied request is not proposed again");
    }

    @Test
    void aCasMismatchIsADefiniteFailure() {
        Ballot ballot = ballotOf(elect(List.of()));
        node.step(client(9, 1, new Request.Cas(1, 5L, 6)));
        Ready chosen = node.step(from(1, 0, new Body.Accepted(ballot, 1)));
        Outcome outcome = chosen.replies().get(0).outcome();
        assertTrue(outcome instanceof Outcome.Fail fail && !fail.refused(), outcome.toString());
    }

    @Test
    void aFollowerRefusesAndNamesTheLeader() {
        Ballot leader = new Ballot(3, 2);
        node.step(from(2, 0, new Body.Heartbeat(leader, 0, 1)));
        Ready ready = node.step(client(9, 1, new Request.Read(1)));
        assertEquals(List.of(new Reply(9, 1, Outcome.Fail.refusal("not the leader", 2))), ready.replies());
    }

    @Test
    void readsWaitForAMajorityHeartbeatUnlessTheStaleReadMutantIsOn() {
        elect(List.of());
        Ready correct = node.step(client(9, 1, new Request.Read(1)));
        assertTrue(correct.replies().isEmpty());
        assertTrue(correct.messages().stream().noneMatch(m -> m.body() instanceof Body.Accept), correct.toString());
        Body.Heartbeat heartbeat = correct.messages().stream().map(Message::body)
                .filter(Body.Heartbeat.class::isInstance).map(Body.Heartbeat.class::cast).findFirst().orElseThrow();
        Ready another = node.step(client(8, 1, new Request.Read(2)));
        assertTrue(another.messages().isEmpty(), "one round at a time: " + another);
        Ready confirmed = node.step(from(1, 0, new Body.HeartbeatAck(heartbeat.ballot(), heartbeat.seq())));
        assertEquals(Set.of(new Reply(9, 1, new Outcome.Ok(null))), Set.copyOf(confirmed.replies()));
        Body.Heartbeat next = confirmed.messages().stream().map(Message::body)
                .filter(Body.Heartbeat.class::isInstance).map(Body.Heartbeat.class::cast).findFirst().orElseThrow();
        Ready second = node.step(from(1, 0, new Body.HeartbeatAck(next.ballot(), next.seq())));
        assertEquals(List.of(new Reply(8, 1, new Outcome.Ok(null))), second.replies());

        node = Node.bootstrap(new Config(0, 3, Set.of(Mutant.STALE_READ), Timing.defaults()), random(), MultiPaxos.FACTORY);
        elect(List.of());
        Ready stale = node.step(client(9, 1, new Request.Read(1)));
        assertEquals(List.of(new Reply(9, 1, new Outcome.Ok(null))), stale.replies());
    }

    @Test
    void followersIgnoreOtherCandidatesWhileTheyHearTheirLeader() {
        node.step(from(2, 0, new Body.Heartbeat(new Ballot(3, 2), 0, 1)));
        Ready ready = node.step(from(1, 0, new Body.Prepare(new Ballot(4, 1), 1)));
        assertTrue(ready.messages().isEmpty(), ready.toString());
    }
}
