package dev.ballot.fake;

import dev.ballot.nemesis.Grudge;
import dev.ballot.nemesis.Link;
import dev.ballot.nemesis.Net;
import java.util.ArrayList;
import java.util.List;

/** A network that keeps the grudge it was given and records every call. */
public final class FakeNet implements Net {
    public final List<String> calls = new ArrayList<>();
    /** When set, cuts are recorded but every link keeps delivering: a cut that did not hold. */
    public volatile boolean ignoresCuts;
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
}
