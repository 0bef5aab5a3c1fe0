package dev.ballot.inprocess;

import dev.ballot.nemesis.Grudge;
import dev.ballot.nemesis.Link;
import dev.ballot.nemesis.Net;
import java.util.ArrayList;
import java.util.List;

/**
 * A network that keeps the grudge it was given, so that the nemesis' probes see the cut, and
 * records every call. The store behind the nodes is shared, so a cut changes no answer.
 */
public final class InProcessNet implements Net {
    private final List<String> calls = new ArrayList<>();
    private volatile boolean ignoresCuts;
    private volatile Grudge grudge = Grudge.none();

    @Override
    public synchronized void cut(Grudge newGrudge) {
        calls.add("cut " + newGrudge.toValue());
        grudge = newGrudge;
    }

    @Override
    public synchronized void heal() {
        calls.add("heal");
        grudge = Grudge.none();
    }

    @Override
    public synchronized void loss(List<String> nodes, double probability) {
        calls.add("loss " + nodes + " " + probability);
    }

    @Override
    public boolean delivers(Link link) {
        return ignoresCuts || grudge.delivers(link.from(), link.to());
    }

    public Grudge grudge() {
        return grudge;
    }

    /** Every call so far, as {@code cut <grudge>}, {@code heal}, {@code loss <nodes> <p>}. */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    /**
     * From now on cuts are recorded but every link keeps delivering: a cut that does not hold,
     * which the nemesis must report.
     */
    public void ignoreCuts() {
        ignoresCuts = true;
    }
}
