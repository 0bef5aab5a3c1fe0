package dev.ballot.paxos.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.paxos.Ballot;
import dev.ballot.paxos.Body;
import dev.ballot.paxos.Config;
import dev.ballot.paxos.Message;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** When an amnesiac's answers are enough, as node 0 sees them. */
class RejoinTest {
    private static final long OLD = 10;
    private static final long NEW = 11;

    private static Body.RejoinReply voting(Map<Integer, Long> incarnations) {
        return new Body.RejoinReply(0, incarnations, Ballot.ZERO, List.of(), List.of(), null);
    }

    /** The peers a retry asks again. */
    private static Set<Integer> askedAgain(Rejoin rejoin, Config config) {
        Outbox out = new Outbox(0, config.clusterSize(), 0);
        for (int tick = 0; tick < config.timing().retryTicks(); tick++) {
            rejoin.onTick(out);
        }
        return out.drain().send().stream().map(Message::to).collect(Collectors.toSet());
    }

    @Test
    void everyPeerVotingIsEnough() {
        Rejoin rejoin = new Rejoin(Config.of(0, 3));
        assertFalse(rejoin.onReply(1, 1, voting(Map.of(2, 2L))));
        assertTrue(rejoin.onReply(2, 2, voting(Map.of(1, 1L))));
    }

    @Test
    void anotherAmnesiacCountsOnceEveryVoterKnowsItsNewIncarnation() {
        Config config = Config.of(0, 5);
        Rejoin rejoin = new Rejoin(config);
        assertFalse(rejoin.onRejoining(1, NEW));
        assertFalse(rejoin.onReply(2, 2, voting(Map.of(1, NEW))));
        assertFalse(rejoin.onReply(3, 3, voting(Map.of(1, NEW))));
        assertFalse(rejoin.onReply(4, 4, voting(Map.of(1, OLD))),
                "node 4 answered before it dropped node 1's old incarnation, whose accepts may still reach it");
        assertEquals(Set.of(1, 4), askedAgain(rejoin, config));
        assertFalse(rejoin.onRejoining(1, NEW));
        assertTrue(rejoin.onReply(4, 4, voting(Map.of(1, NEW))));
    }

    @Test
    void amnesiacsThatAreAMajorityWaitForOneToVoteAgain() {
        Config config = Config.of(0, 3);
        Rejoin rejoin = new Rejoin(config);
        assertFalse(rejoin.onRejoining(1, NEW));
        assertFalse(rejoin.onReply(2, 2, voting(Map.of(1, NEW))),
                "with node 0 and node 1 wiped, a chosen value may have lived on their disks alone");
        assertEquals(Set.of(1), askedAgain(rejoin, config), "node 1 is asked again, in case it votes by now");
        assertTrue(rejoin.onReply(1, NEW, voting(Map.of(2, 2L))));
    }
}
