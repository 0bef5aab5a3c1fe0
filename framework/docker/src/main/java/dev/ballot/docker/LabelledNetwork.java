package dev.ballot.docker;

import com.github.dockerjava.api.DockerClient;
import java.util.Map;
import org.testcontainers.containers.Network;

/**
 * The cluster's private network, created with Ballot's labels only. Testcontainers'
 * {@code Network.newNetwork()} adds its session label after any modifier, and with Ryuk disabled
 * it removes what carries that label when the JVM exits, which {@code --leave-running} must
 * prevent; Ballot removes its networks itself (see {@link Leftovers}).
 */
final class LabelledNetwork implements Network {
    private final DockerClient docker;
    private final String id;

    LabelledNetwork(DockerClient docker, String name, Map<String, String> labels) {
        this.docker = docker;
        this.id = docker.createNetworkCmd().withName(name).withLabels(labels).exec().getId();
    }

    @Override
    public String getId() {
        return id;
    }

    /** Removes the network; the containers on it must be gone. */
    @Override
    public void close() {
        docker.removeNetworkCmd(id).exec();
    }
}
