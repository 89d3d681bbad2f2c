package dev.fleetcast.sim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fleetcast.model.result.LatencySummary;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummariesTest {

    @Test
    void percentilesAreWithinTheHistogramsPrecisionOfTheExactOnes() {
        // 1..1000 ms: exact median 500 ms, p95 950 ms, p99 990 ms.
        long[] latencies = LongStream.rangeClosed(1, 1_000).map(ms -> ms * 1_000_000L).toArray();

        LatencySummary summary = LatencySummaries.of(latencies);

        assertThat(summary.count()).isEqualTo(1_000);
        assertThat(summary.minNanos()).isEqualTo(1_000_000L);
        assertThat(summary.maxNanos()).isEqualTo(1_000_000_000L);
        assertThat(summary.meanNanos()).isEqualTo(500.5e6);
        // Three significant digits: within 0.1% of the exact order statistic.
        assertThat((double) summary.p50Nanos()).isCloseTo(500e6, within(0.5e6));
        assertThat((double) summary.p95Nanos()).isCloseTo(950e6, within(0.95e6));
        assertThat((double) summary.p99Nanos()).isCloseTo(990e6, within(0.99e6));
    }

    @Test
    void theHistogramHoldsEveryLatencyInBinsWithinItsPrecision() {
        // 1..1000 ms are 1000 distinct values, each more than 0.1% from its neighbours above
        // about 1 s / 1000 = 1 ms, so every value has a bin of its own whose bound lies within
        // 0.1% above it.
        long[] latencies = LongStream.rangeClosed(1, 1_000).map(ms -> ms * 1_000_000L).toArray();

        List<LatencySummary.Bin> bins = LatencySummaries.of(latencies).histogram();

        assertThat(bins).hasSize(1_000).allSatisfy(bin -> assertThat(bin.count()).isEqualTo(1));
        for (int i = 0; i < bins.size(); i++) {
            assertThat((double) bins.get(i).upToNanos()).isBetween((i + 1) * 1e6, (i + 1) * 1e6 * 1.001);
        }
        // a repeated value shares its bin
        assertThat(LatencySummaries.of(new long[] {5_000_000L, 5_000_000L, 7_000_000L}).histogram())
                .extracting(LatencySummary.Bin::count).containsExactly(2L, 1L);
    }

    @Test
    void noLatenciesGiveAnEmptySummary() {
        assertThat(LatencySummaries.of(new long[0]).count()).isZero();
    }
}
