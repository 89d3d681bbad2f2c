package dev.fleetcast.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fleetcast.model.result.LatencySummary;
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
    void noLatenciesGiveAnEmptySummary() {
        assertThat(LatencySummaries.of(new long[0]).count()).isZero();
    }
}
