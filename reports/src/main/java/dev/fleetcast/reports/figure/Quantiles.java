package dev.fleetcast.reports.figure;

import dev.fleetcast.model.distribution.DurationDistribution;

/**
 * Quantiles of a distribution by inverting its {@link DurationDistribution#cdf}: bisection,
 * which needs only that the function rise, so one method serves every family, shifted or not,
 * continuous or stepped. For a stepped law it finds the smallest x with F(x) ≥ p, the usual
 * definition.
 */
final class Quantiles {

    private static final double MAX_NANOS = 0x1p62;

    private Quantiles() {
    }

    /**
     * The p-quantile in nanoseconds.
     *
     * @throws IllegalArgumentException unless 0 &lt; p &lt; 1
     */
    static double nanos(DurationDistribution distribution, double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a quantile needs 0 < p < 1, was " + p);
        }
        double low = 0;
        double high = Math.max(1, 2 * distribution.meanNanos());
        while (distribution.cdf(high) < p && high < MAX_NANOS) {
            low = high;
            high *= 2;
        }
        // 200 halvings take any bracket below 2^62 ns to below one ulp of its bound.
        for (int i = 0; i < 200 && high - low > Math.ulp(high); i++) {
            double middle = (low + high) / 2;
            if (distribution.cdf(middle) >= p) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }
}
