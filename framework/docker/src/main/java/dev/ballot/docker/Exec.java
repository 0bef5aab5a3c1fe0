package dev.ballot.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands inside one container through the Docker API ({@code docker exec}). Commands run
 * with {@code bash -c}; {@link #detached} starts one that outlives the call: its parent is the
 * container runtime, outside the container, so a killed process never lingers as a zombie under
 * the keeper that is PID 1.
 */
final class Exec {
    /** What a command printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private final DockerClient docker;
    private final String containerId;
    private final String name;

    Exec(DockerClient docker, String containerId, String name) {
        this.docker = docker;
        this.containerId = containerId;
        this.name = name;
    }

    /** Runs {@code script} with bash as {@code user} and waits for it, at most {@code timeout}. */
    Result run(String user, String script, Duration timeout) {
        String id = docker.execCreateCmd(containerId).withUser(user)
                .withCmd("bash", "-c", script).withAttachStdout(true).withAttachStderr(true)
                .exec().getId();
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        try (ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                String text = new String(frame.getPayload(), StandardCharsets.UTF_8);
                (frame.getStreamType() == StreamType.STDERR ? err : out).append(text);
            }
        }) {
            docker.execStartCmd(id).exec(callback);
            if (!callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + ": '" + script + "' did not finish within "
                        + timeout.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted running '" + script + "'", e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(name + ": " + e, e);
        }
        Long code = docker.inspectExecCmd(id).exec().getExitCodeLong();
        return new Result(code == null ? -1 : code.intValue(), out.toString(), err.toString());
    }

    /** Runs {@code script} and returns its output, or throws with its stderr if it failed. */
    String check(String user, String script, Duration timeout) {
        Result result = run(user, script, timeout);
        if (!result.ok()) {
            throw new IllegalStateException(name + ": '" + script + "' exited " + result.exitCode()
                    + ": " + result.stderr().strip());
        }
        return result.stdout();
    }

    /** Starts {@code script} in the background with the given environment; returns at once. */
    void detached(String user, String script, Map<String, String> environment) {
        List<String> env = new ArrayList<>();
        environment.forEach((key, value) -> env.add(key + "=" + value));
        String id = docker.execCreateCmd(containerId).withUser(user).withEnv(env)
                .withCmd("bash", "-c", script).exec().getId();
        try {
            docker.execStartCmd(id).withDetach(true).exec(new ResultCallback.Adapter<>())
                    .awaitCompletion(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + ": interrupted starting '" + script + "'", e);
        }
    }

    /** Quotes a word for bash. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
