package dev.ballot.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.nemesis.FaultKind;
import dev.ballot.runner.Campaign;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which campaign a soak runs n-th: rotations, seeds, and the rest from the template. */
class SoakPlanTest {
    static final Campaign TEMPLATE = Campaign.of("register", Set.of(), 0).withSystem("kv-adapter");

    @Test
    void rotationsAreWrittenWithSemicolonsAndOverlapMarks() {
        List<NemesisChoice> rotation = NemesisChoice.parseRotation(" partition ; crash,amnesia:overlap;none", false);
        assertEquals(List.of(new NemesisChoice(Set.of(FaultKind.PARTITION), false),
                new NemesisChoice(Set.of(FaultKind.CRASH, FaultKind.AMNESIA), true),
                new NemesisChoice(Set.of(), false)), rotation);
        assertEquals("crash,amnesia:overlap", rotation.get(1).toString());
        assertTrue(NemesisChoice.parseRotation("partition", true).get(0).overlap(), "--overlap");
        assertEquals("partition,crash,amnesia:overlap", NemesisChoice.DEFAULT_ROTATION.get(5).toString());
        assertThrows(IllegalArgumentException.class, () -> NemesisChoice.parseRotation(";", false));
        assertThrows(IllegalArgumentException.class, () -> NemesisChoice.parseRotation("flood", false));
    }

    @Test
    void everyWorkloadMeetsEveryNemesisWithinOneRoundAndWorkloadsAlternate() {
        SoakPlan plan = new SoakPlan(TEMPLATE, SoakPlan.DEFAULT_WORKLOADS, NemesisChoice.DEFAULT_ROTATION, 9);
        List<Campaign> round = IntStream.range(0, 12).mapToObj(plan::campaign).toList();
        Set<String> pairs = new HashSet<>();
        round.forEach(c -> pairs.add(c.workload() + " " + new NemesisChoice(c.nemesis(), c.overlap())));
        assertEquals(12, pairs.size(), pairs.toString());
        assertEquals(List.of("register", "agreement", "register", "agreement", "register", "agreement",
                "agreement", "register"), round.subList(0, 8).stream().map(Campaign::workload).toList());
        assertEquals(Set.of(FaultKind.PARTITION), round.get(0).nemesis());
        assertTrue(round.get(5).overlap() && !round.get(4).overlap());
        assertEquals(round.get(0).nemesis(), plan.campaign(6).nemesis());
    }

    @Test
    void eachRunHasAFreshSeedFromTheSoaksSeedAndTheTemplatesOtherOptions() {
        SoakPlan plan = new SoakPlan(TEMPLATE, List.of("register"), NemesisChoice.DEFAULT_ROTATION, 9);
        Set<Long> seeds = new HashSet<>();
        IntStream.range(0, 50).forEach(n -> seeds.add(plan.campaign(n).seed()));
        assertEquals(50, seeds.size());
        assertTrue(seeds.stream().allMatch(seed -> seed >= 0));
        assertEquals(plan.campaign(7), new SoakPlan(TEMPLATE, List.of("register"),
                NemesisChoice.DEFAULT_ROTATION, 9).campaign(7), "the soak's seed replays it");
        assertNotEquals(plan.campaign(7).seed(), new SoakPlan(TEMPLATE, List.of("register"),
                NemesisChoice.DEFAULT_ROTATION, 10).campaign(7).seed());
        Campaign run = plan.campaign(3);
        assertEquals(List.of(TEMPLATE.nodes(), TEMPLATE.timeLimit(), TEMPLATE.store(), "kv-adapter"),
                List.of(run.nodes(), run.timeLimit(), run.store(), run.system()));
    }

    @Test
    void anUnknownWorkloadOrAnEmptyRotationIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new SoakPlan(TEMPLATE, List.of("queue"), NemesisChoice.DEFAULT_ROTATION, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new SoakPlan(TEMPLATE, List.of(), NemesisChoice.DEFAULT_ROTATION, 1));
    }
}
