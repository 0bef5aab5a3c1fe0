package dev.ballot.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what earlier runs left behind: containers and networks carrying Ballot's labels. At the
 * start of a run only those whose owner is gone (a harness that was killed) are removed, so that
 * two runs can go on side by side; at the end of a run, the run's own.
 */
final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);

    private Leftovers() {
    }

    /** Removes containers and networks whose owner no longer exists; returns their names. */
    static List<String> removeAbandoned(DockerClient docker) {
        return remove(docker, labels -> Labels.ownerIsGone(labels.get(Labels.OWNER)));
    }

    /** Removes the containers and the network of run {@code run}; returns their names. */
    static List<String> removeRun(DockerClient docker, String run) {
        return remove(docker, labels -> run.equals(labels.get(Labels.RUN)));
    }

    private static List<String> remove(DockerClient docker,
                                       Predicate<java.util.Map<String, String>> which) {
        List<String> removed = new ArrayList<>();
        List<Container> containers = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(List.of(Labels.RUN)).exec();
        for (Container container : containers) {
            if (which.test(container.getLabels())) {
                try {
                    docker.removeContainerCmd(container.getId()).withForce(true)
                            .withRemoveVolumes(true).exec();
                    removed.add(String.join(",", container.getNames()));
                } catch (RuntimeException e) {
                    LOG.warn("could not remove container {}: {}", container.getId(), e.toString());
                }
            }
        }
        List<Network> networks = docker.listNetworksCmd().withFilter("label", List.of(Labels.RUN)).exec();
        for (Network network : networks) {
            if (which.test(network.getLabels())) {
                try {
                    docker.removeNetworkCmd(network.getId()).exec();
                    removed.add(network.getName());
                } catch (RuntimeException e) {
                    LOG.warn("could not remove network {}: {}", network.getName(), e.toString());
                }
            }
        }
        if (!removed.isEmpty()) {
            LOG.info("removed {}", removed);
        }
        return removed;
    }
}
