package dev.fleetcast.sim.stats;

import dev.fleetcast.model.result.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Summarises latencies through an HdrHistogram (three significant digits): all at once from
 * an array, or recorded one by one when there are too many to keep (a gateway's messages).
 * Not thread-safe.
 */
public final class LatencySummaries {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
    private long count;
    private double sum;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    /** An empty recorder. */
    public LatencySummaries() {
    }

    /** Records one latency (zero or more nanoseconds). */
    public void record(long latencyNanos) {
        histogram.recordValue(latencyNanos);
        count++;
        sum += latencyNanos;
        min = Math.min(min, latencyNanos);
        max = Math.max(max, latencyNanos);
    }

    /** The summary of everything recorded so far. */
    public LatencySummary summary() {
        if (count == 0) {
            return LatencySummary.empty();
        }
        // Min, mean and max are exact; percentiles come from the histogram, clamped to the
        // exact extremes so that rounding to a bucket never puts p99 above the max.
        return new LatencySummary(count, min, sum / count,
                clamp(histogram.getValueAtPercentile(50)),
                clamp(histogram.getValueAtPercentile(95)),
                clamp(histogram.getValueAtPercentile(99)),
                max, bins());
    }

    /** The summary of {@code latenciesNanos} (each zero or more). */
    public static LatencySummary of(long[] latenciesNanos) {
        LatencySummaries recorder = new LatencySummaries();
        for (long latency : latenciesNanos) {
            recorder.record(latency);
        }
        return recorder.summary();
    }

    /** The histogram's non-empty bins, each at the highest value equivalent to it at the recording precision. */
    private List<LatencySummary.Bin> bins() {
        List<LatencySummary.Bin> bins = new ArrayList<>();
        for (HistogramIterationValue value : histogram.recordedValues()) {
            bins.add(new LatencySummary.Bin(histogram.highestEquivalentValue(value.getValueIteratedTo()),
                    value.getCountAtValueIteratedTo()));
        }
        return bins;
    }

    private long clamp(long value) {
        return Math.max(min, Math.min(max, value));
    }
}
