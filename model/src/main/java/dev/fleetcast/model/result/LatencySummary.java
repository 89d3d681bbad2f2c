package dev.fleetcast.model.result;

import java.util.List;

/**
 * A latency distribution summarised, in nanoseconds. Percentiles are those of the recording
 * histogram (three significant digits), so they can differ from the exact order statistics
 * by at most 0.1%.
 *
 * @param count how many latencies were recorded
 * @param minNanos smallest
 * @param meanNanos mean
 * @param p50Nanos median
 * @param p95Nanos 95th percentile
 * @param p99Nanos 99th percentile
 * @param maxNanos largest
 * @param histogram the recording histogram's non-empty bins in ascending order, each the
 *     largest value it stands for and its count (counts sum to {@code count}): enough to draw
 *     the CDF or compare distributions without the raw samples
 */
public record LatencySummary(
        long count, long minNanos, double meanNanos, long p50Nanos, long p95Nanos, long p99Nanos, long maxNanos,
        List<Bin> histogram) {

    /** One histogram bin: the values up to {@code upToNanos} (above the previous bin's), and how many. */
    public record Bin(long upToNanos, long count) {
        public Bin {
            if (count < 1) {
                throw new IllegalArgumentException("a histogram bin holds at least 1 value, was " + count);
            }
        }
    }

    public LatencySummary {
        histogram = List.copyOf(histogram);
        if (histogram.stream().mapToLong(Bin::count).sum() != count) {
            throw new IllegalArgumentException("histogram counts sum to " + histogram.stream().mapToLong(Bin::count).sum()
                    + ", not the " + count + " latencies recorded");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        if (count > 0 && !(minNanos <= p50Nanos && p50Nanos <= p95Nanos && p95Nanos <= p99Nanos && p99Nanos <= maxNanos)) {
            throw new IllegalArgumentException("latency summary out of order: min " + minNanos + ", p50 " + p50Nanos
                    + ", p95 " + p95Nanos + ", p99 " + p99Nanos + ", max " + maxNanos + " ns");
        }
    }

    /** The summary of no latencies at all. */
    public static LatencySummary empty() {
        return new LatencySummary(0, 0, Double.NaN, 0, 0, 0, 0, List.of());
    }
}
