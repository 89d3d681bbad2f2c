package dev.fleetcast.experiments.observed;

import dev.fleetcast.formats.comparison.PredictionBand;
import java.util.Arrays;

/**
 * The statistics of a comparison: a figure's predicted median and band over replications, and
 * where an observed value ranks among them.
 *
 * <p>The band is the distribution-free prediction interval between order statistics: with n
 * replications sorted, from the k-th smallest to the k-th largest, k = max(1, ⌊(n + 1)/40⌋)
 * (that is, ⌊0.025 (n + 1)⌋). If the observed run and the n replications are independent draws
 * of one continuous distribution, the observed value falls inside with probability exactly
 * (n + 1 − 2k)/(n + 1): 39/41 ≈ 95.1% for 40 replications, 0.95 or a little more from 39 on.
 * Below 39 replications k is 1 — the ends are the extreme order statistics — and the coverage
 * (n − 1)/(n + 1) is less than 95%; the band says so through its {@code coverage}.
 */
public final class Bands {

    /** 1/40 = 0.025: the share of each tail the band leaves out. */
    private static final int TAIL_DIVISOR = 40;

    private Bands() {
    }

    /**
     * The band of {@code values} (finite, at least one; any order).
     *
     * @throws IllegalArgumentException if there are none or one is not finite
     */
    public static PredictionBand of(double[] values) {
        double[] sorted = sorted(values);
        int n = sorted.length;
        int k = Math.max(1, (n + 1) / TAIL_DIVISOR);
        double coverage = (double) (n + 1 - 2 * k) / (n + 1);
        return new PredictionBand(n, median(sorted), sorted[k - 1], sorted[n - k], k, coverage);
    }

    /** The median of sorted values: the middle one, or the mean of the two middle ones. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * The mid-rank percentile of {@code observed} among {@code values}: {@code 100 × (below +
     * equal / 2) / n}, where {@code below} counts the values less than it and {@code equal} those
     * equal to it. 0 when it lies below every value, 100 above every one, 50 in the middle.
     *
     * @throws IllegalArgumentException if there are no values or one is not finite
     */
    public static double percentileRank(double[] values, double observed) {
        double[] sorted = sorted(values);
        int below = 0;
        int equal = 0;
        for (double value : sorted) {
            if (value < observed) {
                below++;
            } else if (value == observed) {
                equal++;
            }
        }
        return 100.0 * (below + equal / 2.0) / sorted.length;
    }

    private static double[] sorted(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a band needs at least one replication's value, got none");
        }
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("replication values must be finite, got " + value);
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
