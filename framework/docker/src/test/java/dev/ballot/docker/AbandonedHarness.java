package dev.ballot.docker;

import dev.ballot.reference.ReferencePaxos;

/**
 * A harness to be killed: starts a one-node cluster, prints {@code ready <run>}, and waits. The
 * leftovers test kills it with SIGKILL, so that nothing of it gets to clean up.
 */
public final class AbandonedHarness {
    private AbandonedHarness() {
    }

    public static void main(String[] args) throws InterruptedException {
        DockerCluster cluster = DockerCluster.start(new ReferencePaxos(ReferencePaxos.defaultHome(),
                "register", null), 1, false, false);
        System.out.println("ready " + cluster.run());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
