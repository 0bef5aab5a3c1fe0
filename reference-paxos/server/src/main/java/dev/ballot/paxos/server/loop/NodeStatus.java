package dev.ballot.paxos.server.loop;

/**
 * What {@code GET /status} reports, published by the event loop after every batch.
 *
 * @param id this node
 * @param mode {@code multi} or {@code single}
 * @param incarnation the replica's incarnation (multi), or -1 (single: one per key)
 * @param voting whether the node takes part in votes (false while rejoining after amnesia)
 * @param leader the leader as far as this node can tell, or -1 (always -1 in single mode)
 * @param applied the highest slot whose commands this node applied, or -1 (multi only)
 * @param mutant the mutant built in, or null
 * @param fsyncs how many times the node forced its log since it started (to judge group commit)
 */
public record NodeStatus(int id, String mode, long incarnation, boolean voting, int leader, long applied,
                         String mutant, long fsyncs) {

    /** Ready to serve: voting, and in multi mode a leader is known. */
    public boolean healthy() {
        return voting && ("single".equals(mode) || leader >= 0);
    }
}
