package dev.fleetcast.formats.result;

import dev.fleetcast.model.result.LatencySummary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small shared writers for result files: seconds from nanoseconds, latency summaries. */
final class JsonNumbers {

    private static final double NANOS_PER_SECOND = 1e9;

    private JsonNumbers() {
    }

    static double seconds(long nanos) {
        return nanos / NANOS_PER_SECOND;
    }

    static double seconds(double nanos) {
        return nanos / NANOS_PER_SECOND;
    }

    /**
     * {@code count}, and when there is data {@code min, mean, p50, p95, p99, max} in seconds and
     * {@code histogram}: {@code [upToSeconds, count]} pairs.
     */
    static void latency(ObjectNode node, LatencySummary summary) {
        node.put("count", summary.count());
        if (summary.count() == 0) {
            return;
        }
        node.put("min", seconds(summary.minNanos()));
        node.put("mean", seconds(summary.meanNanos()));
        node.put("p50", seconds(summary.p50Nanos()));
        node.put("p95", seconds(summary.p95Nanos()));
        node.put("p99", seconds(summary.p99Nanos()));
        node.put("max", seconds(summary.maxNanos()));
        ArrayNode histogram = node.putArray("histogram");
        for (LatencySummary.Bin bin : summary.histogram()) {
            histogram.addArray().add(seconds(bin.upToNanos())).add(bin.count());
        }
    }

    /** A number that may be NaN, written as null then (JSON has no NaN). */
    static void putNullable(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
