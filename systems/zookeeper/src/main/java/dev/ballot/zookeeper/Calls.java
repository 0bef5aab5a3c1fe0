package dev.ballot.zookeeper;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.zookeeper.CreateMode;
import org.apache.zookeeper.KeeperException.Code;
import org.apache.zookeeper.ZooDefs;
import org.apache.zookeeper.ZooKeeper;
import org.apache.zookeeper.data.Stat;

/**
 * ZooKeeper's asynchronous calls, each awaited until one shared deadline: the synchronous API
 * would wait for as long as the session lives, and an operation must end within the client's
 * timeout. A call that is not answered by the deadline is {@link #TIMED_OUT}; the server may still
 * perform it.
 *
 * @param zk the session
 * @param deadline when every call of this operation must have been answered, in
 *     {@link System#nanoTime} time
 */
record Calls(ZooKeeper zk, long deadline) {
    /** The code of a call that got no answer in time (ZooKeeper's own for it, on the client side). */
    static final Code TIMED_OUT = Code.OPERATIONTIMEOUT;

    /**
     * What the server answered.
     *
     * @param code OK, a definite error such as NONODE, or a lost connection or {@link #TIMED_OUT}
     * @param data the znode's data, for getData
     * @param stat the znode's stat, for getData and setData
     */
    record Answer(Code code, byte[] data, Stat stat) {
        static Answer of(int rc) {
            return new Answer(Code.get(rc), null, null);
        }

        @Override
        public String toString() {
            return code == TIMED_OUT ? "no answer in time" : code.name();
        }
    }

    Answer getData(String path) throws InterruptedException {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        zk.getData(path, false, (rc, p, ctx, data, stat) ->
                answer.complete(new Answer(Code.get(rc), data, stat)), null);
        return await(answer);
    }

    Answer setData(String path, byte[] data, int version) throws InterruptedException {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        zk.setData(path, data, version, (rc, p, ctx, stat) ->
                answer.complete(new Answer(Code.get(rc), null, stat)), null);
        return await(answer);
    }

    Answer create(String path, byte[] data) throws InterruptedException {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        zk.create(path, data, ZooDefs.Ids.OPEN_ACL_UNSAFE, CreateMode.PERSISTENT,
                (rc, p, ctx, name) -> answer.complete(Answer.of(rc)), null);
        return await(answer);
    }

    Answer sync(String path) throws InterruptedException {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        zk.sync(path, (rc, p, ctx) -> answer.complete(Answer.of(rc)), null);
        return await(answer);
    }

    private Answer await(CompletableFuture<Answer> answer) throws InterruptedException {
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return new Answer(TIMED_OUT, null, null);
        } catch (ExecutionException e) {
            // The callbacks only complete normally.
            throw new IllegalStateException(e.getCause());
        }
    }
}
