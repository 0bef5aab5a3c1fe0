package dev.ballot.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.nemesis.Clocks;
import dev.ballot.nemesis.Grudge;
import dev.ballot.nemesis.Link;
import dev.ballot.history.OpType;
import dev.ballot.nemesis.NodeState;
import dev.ballot.reference.ReferencePaxos;
import dev.ballot.sut.Client;
import dev.ballot.sut.Completion;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.Request;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mechanisms of the nemesis on a real three-node cluster of the reference system. */
class DockerClusterDockerIT {
    private static DockerCluster cluster;

    @BeforeAll
    static void start() {
        DockerAvailable.assume();
        cluster = DockerCluster.start(new ReferencePaxos(ReferencePaxos.defaultHome(), "register",
                null), 3, false, true);
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void cutAndHealAreSeenByTheProbes() {
        IptablesNet net = (IptablesNet) cluster.net();
        List<String> nodes = cluster.nodes();
        assertEquals(List.of(), net.verify(Grudge.none(), nodes));
        Grudge isolate = Grudge.of(Map.of("n1", List.of("n2", "n3"), "n2", List.of("n1"),
                "n3", List.of("n1")));
        net.cut(isolate);
        assertEquals(List.of(), net.verify(isolate, nodes));
        assertTrue(!net.delivers(new Link("n1", "n2")) && net.delivers(new Link("n2", "n3")));
        net.heal();
        assertEquals(List.of(), net.verify(Grudge.none(), nodes));
    }

    @Test
    void onLinuxClientsConnectToTheContainersAndACutSparesThem() throws Exception {
        boolean direct = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && !Boolean.getBoolean(DockerCluster.PUBLISHED_PORTS);
        for (String node : cluster.nodes()) {
            NodeAddress address = cluster.address(node);
            assertEquals(direct, !address.host().equals("127.0.0.1"), address.toString());
        }
        IptablesNet net = (IptablesNet) cluster.net();
        net.cut(Grudge.of(Map.of("n1", List.of("n2", "n3"), "n2", List.of("n1"),
                "n3", List.of("n1"))));
        try {
            for (String node : cluster.nodes()) {
                assertEquals(200, status(cluster.address(node)), node + " answers its clients");
            }
        } finally {
            net.heal();
        }
    }

    @Test
    void aKilledNodesClientsAreRefusedWhichIsFail() {
        var control = cluster.control();
        control.kill("n3");
        try (Client client = cluster.client("n3", Duration.ofSeconds(2))) {
            client.open();
            Completion refused = client.invoke(new Request("read", 0L, null, 1, 1));
            // Through docker-proxy the connection is taken, then closed once the proxy's own is
            // refused: the request may have been sent, so that is info.
            boolean direct = !cluster.address("n3").host().equals("127.0.0.1");
            assertEquals(direct ? OpType.FAIL : OpType.INFO, refused.type(), refused.toString());
        } finally {
            control.start("n3");
        }
        assertEquals(NodeState.RUNNING, control.state("n3"));
    }

    /** The status code of the node's {@code GET /status}, answered within 2 s. */
    private static int status(NodeAddress node) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return http.send(HttpRequest.newBuilder(URI.create("http://" + node.host() + ":"
                + node.port() + "/status")).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aOneWayCutDropsOneDirectionOnly() {
        IptablesNet net = (IptablesNet) cluster.net();
        net.cut(Grudge.oneWay("n1", "n2"));
        try {
            assertTrue(!net.delivers(new Link("n2", "n1")), "n1 drops what n2 sends");
            assertTrue(net.delivers(new Link("n1", "n2")), "n2 still hears n1");
            assertEquals(List.of(), net.verify(Grudge.oneWay("n1", "n2"), cluster.nodes()));
            assertEquals(List.of(new Link("n2", "n1")), net.verify(Grudge.none(), cluster.nodes()));
        } finally {
            net.heal();
        }
    }

    @Test
    void lossRulesAreInPlace() {
        IptablesNet net = (IptablesNet) cluster.net();
        net.loss(List.of("n3"), 0.4);
        net.heal();
        assertEquals(List.of(), net.verify(Grudge.none(), cluster.nodes()));
    }

    @Test
    void killRestartWipePauseResumeAreObserved() {
        var control = cluster.control();
        assertEquals(NodeState.RUNNING, control.state("n2"));
        assertThrows(IllegalStateException.class, () -> control.wipe("n2"));
        control.pause("n2");
        assertEquals(NodeState.PAUSED, control.state("n2"));
        control.resume("n2");
        assertEquals(NodeState.RUNNING, control.state("n2"));
        control.kill("n2");
        assertEquals(NodeState.DEAD, control.state("n2"));
        control.wipe("n2");
        control.start("n2");
        assertEquals(NodeState.RUNNING, control.state("n2"));
    }

    @Test
    void clocksMoveTheWallClockOnly() {
        var clocks = cluster.clocks();
        clocks.offset("n3", -60);
        double skew = skew(clocks, "n3");
        assertTrue(Math.abs(skew + 60) < 2, "n3 reads " + skew + " s");
        clocks.offset("n3", 0.5);
        skew = skew(clocks, "n3");
        assertTrue(Math.abs(skew - 0.5) < 0.4, "n3 reads " + skew + " s");
        clocks.reset("n3");
        skew = skew(clocks, "n3");
        assertTrue(Math.abs(skew) < 1, "n3 reads " + skew + " s");
    }

    /** The node's offset from true time, read as the nemesis reads it. */
    private static double skew(Clocks clocks, String node) {
        Instant read = clocks.read(node);
        return (read.toEpochMilli() - System.currentTimeMillis()) / 1000.0;
    }
}
