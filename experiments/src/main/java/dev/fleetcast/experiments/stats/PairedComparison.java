package dev.fleetcast.experiments.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * Two configurations compared on one metric over replications that share their seeds (common
 * random numbers): the confidence interval of the mean difference from the paired
 * differences, and — for comparison — the one an analysis that ignored the pairing would give
 * (Welch's unequal-variance interval). Where the shared seeds make the two configurations'
 * results move together, the paired interval is narrower; {@link #narrowing} says by how much.
 *
 * @param n replications in which both configurations measured the metric
 * @param meanA mean of the first configuration
 * @param meanB mean of the second
 * @param pairedHalfWidth half-width of the interval of mean(A − B) from the differences (t, n − 1 df)
 * @param unpairedHalfWidth half-width of Welch's interval for meanA − meanB
 * @param level the confidence level
 */
public record PairedComparison(int n, double meanA, double meanB, double pairedHalfWidth, double unpairedHalfWidth,
        double level) {

    /**
     * Compares paired {@code a} and {@code b} (same length, element i from the same seed);
     * pairs where either is NaN are left out.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public static PairedComparison of(double[] a, double[] b, double level) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired values need equal lengths, were " + a.length + " and " + b.length);
        }
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double[] d = new double[n];
        for (int i = 0, j = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                x[j] = a[i];
                y[j] = b[i];
                d[j] = a[i] - b[i];
                j++;
            }
        }
        ConfidenceInterval paired = ConfidenceInterval.of(d, level);
        double meanA = n == 0 ? Double.NaN : mean(x);
        double meanB = n == 0 ? Double.NaN : mean(y);
        return new PairedComparison(n, meanA, meanB, paired.halfWidth(), welchHalfWidth(x, y, level), level);
    }

    /** mean(A) − mean(B). */
    public double difference() {
        return meanA - meanB;
    }

    /** How many times wider the unpaired interval is (NaN when the paired one has no width). */
    public double narrowing() {
        return pairedHalfWidth > 0 ? unpairedHalfWidth / pairedHalfWidth : Double.NaN;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** t(1 − α/2, ν) · √(s²ₓ/n + s²ᵧ/n) with Welch–Satterthwaite's ν. */
    static double welchHalfWidth(double[] x, double[] y, double level) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double vx = new Variance().evaluate(x) / n;
        double vy = new Variance().evaluate(y) / n;
        double se = Math.sqrt(vx + vy);
        if (se == 0) {
            return 0;
        }
        double df = (vx + vy) * (vx + vy) / (vx * vx / (n - 1) + vy * vy / (n - 1));
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2) * se;
    }
}
