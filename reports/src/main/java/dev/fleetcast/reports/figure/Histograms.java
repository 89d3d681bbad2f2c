package dev.fleetcast.reports.figure;

import dev.fleetcast.model.result.LatencySummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * Distribution functions from the histograms that result files carry: each bin holds the values
 * above the previous bound up to its own (within 0.1% of it, HdrHistogram's three significant
 * digits), so the cumulative count at a bin's bound is the empirical function there, to that
 * precision. Several replications' histograms pool by adding their bins.
 */
final class Histograms {

    /** A step function: at {@code seconds[i]} the fraction {@code fractions[i]} of all values is reached. */
    record Steps(double[] seconds, double[] fractions, long count) {
    }

    private Histograms() {
    }

    /** The pooled distribution function of {@code summaries}; {@code count} 0 when they hold no values. */
    static Steps pooled(Collection<LatencySummary> summaries) {
        TreeMap<Long, Long> bins = new TreeMap<>();
        long total = 0;
        for (LatencySummary summary : summaries) {
            for (LatencySummary.Bin bin : summary.histogram()) {
                bins.merge(bin.upToNanos(), bin.count(), Long::sum);
            }
            total += summary.count();
        }
        double[] seconds = new double[bins.size()];
        double[] fractions = new double[bins.size()];
        long cumulative = 0;
        int i = 0;
        for (var bin : bins.entrySet()) {
            cumulative += bin.getValue();
            seconds[i] = bin.getKey() / 1e9;
            fractions[i] = (double) cumulative / total;
            i++;
        }
        return new Steps(seconds, fractions, total);
    }

    /**
     * The points that draw {@code steps} as a staircase from 0, rising at each bound: x and y
     * lists for a line series (XChart's own step style steps after the point, not at it).
     */
    static List<double[]> staircase(double[] x, double[] y, double startX) {
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {startX, 0});
        double previous = 0;
        for (int i = 0; i < x.length; i++) {
            points.add(new double[] {x[i], previous});
            points.add(new double[] {x[i], y[i]});
            previous = y[i];
        }
        return points;
    }

    /** Column {@code column} of {@code points}. */
    static double[] column(List<double[]> points, int column) {
        double[] values = new double[points.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = points.get(i)[column];
        }
        return values;
    }
}
