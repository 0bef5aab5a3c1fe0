package dev.ballot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Scales, ticks and number formatting. */
class ScaleTest {

    @Test
    void linearTicksFallOnRoundSteps() {
        Scale.Linear scale = new Scale.Linear(3.3, 37.7, 0, 100, 10);
        assertEquals(5.0, scale.step(), 1e-12);
        assertEquals(List.of(5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0), scale.ticks());
        assertEquals(0.0, scale.map(3.3), 1e-9);
        assertEquals(100.0, scale.map(37.7), 1e-9);
        assertEquals("25", scale.label(25));
        assertEquals("0.2", new Scale.Linear(0, 1, 0, 1, 5).label(0.2));
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1.0, Scale.niceStep(0.9), 1e-12);
        assertEquals(2.0, Scale.niceStep(1.3), 1e-12);
        assertEquals(5.0, Scale.niceStep(3), 1e-12);
        assertEquals(0.05, Scale.niceStep(0.041), 1e-12);
        assertEquals(1000.0, Scale.niceStep(501), 1e-9);
    }

    @Test
    void aLogScaleSpansWholeDecadesUpwardsFromTheBottom() {
        Scale.Log scale = new Scale.Log(0.42, 2500, 300, 0);
        assertEquals(List.of(0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0), scale.ticks());
        assertEquals(300.0, scale.map(0.1), 1e-9);
        assertEquals(0.0, scale.map(10000), 1e-9);
        assertEquals(150.0, scale.map(Math.sqrt(0.1 * 10000)), 1e-9);
        assertEquals("0.1", scale.label(0.1));
        assertEquals(300.0, scale.map(0), 1e-9, "zero sits at the bottom, not at minus infinity");
    }

    @Test
    void numbersAreShortAndExact() {
        assertEquals("12.5", Numbers.fixed(12.5, 1));
        assertEquals("12", Numbers.fixed(12.04, 1));
        assertEquals("-0.25", Numbers.fixed(-0.25, 3));
        assertEquals("0", Numbers.fixed(-0.01, 1));
        assertEquals("100000", Numbers.coord(99999.99));
        assertEquals("3.1 ms", Numbers.millis(3.14));
        assertEquals("0.042 ms", Numbers.millis(0.0421));
        assertEquals("1234567890123456", Numbers.fixed(1234567890123456.0, 1));
    }
}
