package dev.ballot.paxos.sim;

/** Keeps the first problem a monitor reports: later ones are usually its consequences. */
final class FirstProblem {
    private String problem;

    void report(String found) {
        if (problem == null) {
            problem = found;
        }
    }

    /** The first problem reported, or null. */
    String get() {
        return problem;
    }
}
