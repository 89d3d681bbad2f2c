package dev.fleetcast.experiments;

import dev.fleetcast.model.result.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/** Summarises latencies through an HdrHistogram (three significant digits). */
public final class LatencySummaries {

    private static final int SIGNIFICANT_DIGITS = 3;

    private LatencySummaries() {
    }

    /** The summary of {@code latenciesNanos} (each zero or more). */
    public static LatencySummary of(long[] latenciesNanos) {
        if (latenciesNanos.length == 0) {
            return LatencySummary.empty();
        }
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
        double sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long latency : latenciesNanos) {
            histogram.recordValue(latency);
            sum += latency;
            min = Math.min(min, latency);
            max = Math.max(max, latency);
        }
        // Min, mean and max are exact; percentiles come from the histogram, clamped to the
        // exact extremes so that rounding to a bucket never puts p99 above the max.
        return new LatencySummary(latenciesNanos.length, min, sum / latenciesNanos.length,
                clamp(histogram.getValueAtPercentile(50), min, max),
                clamp(histogram.getValueAtPercentile(95), min, max),
                clamp(histogram.getValueAtPercentile(99), min, max),
                max, bins(histogram));
    }

    /** The histogram's non-empty bins, each at the highest value equivalent to it at the recording precision. */
    private static List<LatencySummary.Bin> bins(Histogram histogram) {
        List<LatencySummary.Bin> bins = new ArrayList<>();
        for (HistogramIterationValue value : histogram.recordedValues()) {
            bins.add(new LatencySummary.Bin(histogram.highestEquivalentValue(value.getValueIteratedTo()),
                    value.getCountAtValueIteratedTo()));
        }
        return bins;
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
