package dev.fleetcast.experiments.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A t-based confidence interval for a mean, across independent replications.
 *
 * @param n the number of values (NaN values are left out)
 * @param mean their mean (NaN when n is 0)
 * @param halfWidth the interval is mean ± halfWidth (NaN when n is below 2)
 * @param level the confidence level, such as 0.95
 */
public record ConfidenceInterval(int n, double mean, double halfWidth, double level) {

    /**
     * The interval of {@code values} at {@code level}, using Student's t with n − 1 degrees
     * of freedom: mean ± t(1 − (1 − level)/2, n − 1) · s / √n.
     *
     * @throws IllegalArgumentException if {@code level} is not strictly between 0 and 1
     */
    public static ConfidenceInterval of(double[] values, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, was " + level);
        }
        int n = 0;
        double sum = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                n++;
                sum += value;
            }
        }
        if (n == 0) {
            return new ConfidenceInterval(0, Double.NaN, Double.NaN, level);
        }
        double mean = sum / n;
        if (n == 1) {
            return new ConfidenceInterval(1, mean, Double.NaN, level);
        }
        double squares = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                squares += (value - mean) * (value - mean);
            }
        }
        double standardError = Math.sqrt(squares / (n - 1) / n);
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new ConfidenceInterval(n, mean, t * standardError, level);
    }

    /** The lower bound. */
    public double lower() {
        return mean - halfWidth;
    }

    /** The upper bound. */
    public double upper() {
        return mean + halfWidth;
    }
}
