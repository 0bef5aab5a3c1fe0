package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuSamplerTest {
    private static final List<long[]> SAMPLES = List.of(
            new long[] {100, 1_000}, new long[] {110, 1_000}, new long[] {120, 3_000});

    @Test
    void cpuTimeIsLinearBetweenSamples() {
        assertEquals(1_000, CpuSampler.cpuAt(SAMPLES, 105));
        assertEquals(2_000, CpuSampler.cpuAt(SAMPLES, 115), 1e-9);
        assertEquals(2_400, CpuSampler.cpuAt(SAMPLES, 117), 1e-9);
        assertEquals(3_000, CpuSampler.cpuAt(SAMPLES, 120));
    }

    @Test
    void outsideTheSamplesTheNearestCounts() {
        assertEquals(1_000, CpuSampler.cpuAt(SAMPLES, 50));
        assertEquals(3_000, CpuSampler.cpuAt(SAMPLES, 500));
    }
}
