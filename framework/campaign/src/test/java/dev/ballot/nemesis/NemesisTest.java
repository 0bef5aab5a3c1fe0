package dev.ballot.nemesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.inprocess.InProcessClocks;
import dev.ballot.inprocess.InProcessNet;
import dev.ballot.inprocess.InProcessNodes;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NemesisTest {
    private static final List<String> NODES = List.of("n1", "n2", "n3");
    private final InProcessNet net = new InProcessNet();
    private final InProcessNodes control = new InProcessNodes(NODES);
    private final InProcessClocks clocks = new InProcessClocks();
    private final Nemesis nemesis = new Nemesis(NODES, net, control, clocks, InstantSource.system(),
            Duration.ofMillis(500), Duration.ofMillis(200));

    @Test
    void appliesAndHealsEveryKindOfFault() {
        nemesis.apply(new Fault.Partition(Grudge.oneWay("n1", "n2")));
        nemesis.apply(new Fault.ClockOffset("n2", -10));
        nemesis.apply(new Fault.Pause("n3"));
        nemesis.apply(new Fault.Kill("n1"));
        nemesis.apply(new Fault.Wipe("n1"));
        assertEquals(List.of(new Fault.Heal(), new Fault.ClockReset(List.of("n2")),
                new Fault.Resume("n3"), new Fault.Restart("n1")), nemesis.healing());
        nemesis.healing().forEach(nemesis::apply);
        assertEquals(List.of(), nemesis.healing());
        assertEquals(List.of("pause n3", "kill n1", "wipe n1", "resume n3", "start n1"),
                control.calls());
        assertEquals(List.of("offset n2 -10.0", "reset n2"), clocks.calls());
        assertTrue(net.grudge().isEmpty());
    }

    @Test
    void aClockChangeRecordsTheOffsetReadBack() {
        Object value = nemesis.apply(new Fault.ClockOffset("n2", 60));
        double observed = (Double) ((Map<?, ?>) value).get("observed");
        assertEquals(60, observed, 0.5);
    }

    @Test
    void aCutThatDoesNotHoldIsAnError() {
        net.ignoreCuts();
        FaultException e = assertThrows(FaultException.class,
                () -> nemesis.apply(new Fault.Partition(Grudge.oneWay("n1", "n2"))));
        assertTrue(e.getMessage().contains("n2->n1"), e.getMessage());
        assertEquals(List.of(new Fault.Heal()), nemesis.healing(), "a failed cut is still healed");
    }

    @Test
    void aClockThatDoesNotMoveIsAnError() {
        clocks.stick();
        assertThrows(FaultException.class, () -> nemesis.apply(new Fault.ClockOffset("n1", 10)));
    }

    @Test
    void aProcessThatSurvivesItsKillIsAnError() {
        control.surviveKills();
        FaultException e = assertThrows(FaultException.class,
                () -> nemesis.apply(new Fault.Kill("n1")));
        assertTrue(e.getMessage().contains("RUNNING"), e.getMessage());
    }

    @Test
    void onlyADeadNodeCanBeWiped() {
        assertThrows(FaultException.class, () -> nemesis.apply(new Fault.Wipe("n1")));
    }

    @Test
    void aMechanismThatThrowsBecomesAFaultException() {
        Nemesis broken = new Nemesis(NODES, net, control, new InProcessClocks() {
            @Override
            public void offset(String node, double seconds) {
                throw new IllegalStateException("no libfaketime in " + node);
            }
        }, InstantSource.system(), Duration.ofSeconds(1), Duration.ofMillis(200));
        FaultException e = assertThrows(FaultException.class,
                () -> broken.apply(new Fault.ClockOffset("n1", 1)));
        assertTrue(e.getMessage().contains("no libfaketime in n1"), e.getMessage());
    }
}
