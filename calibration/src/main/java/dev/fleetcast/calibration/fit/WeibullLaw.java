package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.WeibullDuration;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * Weibull with shape k and scale λ seconds. The MLE's shape is the root of
 * h(k) = Σ xᵏ ln x / Σ xᵏ − 1/k − mean(ln x), which increases in k from −∞ (at 0) to
 * ln max − mean(ln x) > 0, so a bracket always holds one root; Commons Math's Brent solver
 * finds it. Then λ = (Σ xᵏ / n)^(1/k). Sums of xᵏ are taken in logs, relative to the largest
 * term, so no shape overflows them.
 */
record WeibullLaw(double shape, double scale) implements Law {

    private static final double LOWEST_SHAPE = 1e-3;
    private static final double HIGHEST_SHAPE = 1e6;

    static WeibullLaw fit(double[] x) {
        double meanLog = Samples.meanLog(x, "weibull");
        double[] logs = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            logs[i] = Math.log(x[i]) - meanLog; // centred: the shape does not depend on the unit
        }
        double lo = LOWEST_SHAPE;
        double hi = 1;
        while (slope(logs, hi) < 0) {
            lo = hi;
            hi *= 4;
            if (hi > HIGHEST_SHAPE) {
                throw new FitFailure("weibull needs samples that differ (shape beyond " + HIGHEST_SHAPE + ")");
            }
        }
        if (slope(logs, lo) > 0) {
            throw new FitFailure("weibull shape is below " + LOWEST_SHAPE);
        }
        double shape;
        try {
            shape = new BrentSolver(1e-14, 1e-14).solve(500, k -> slope(logs, k), lo, hi);
        } catch (MathIllegalStateException e) {
            throw new FitFailure("weibull shape did not converge: " + e.getMessage());
        }
        // λ = exp(meanLog) · (Σ e^(k·logs) / n)^(1/k), computed relative to the largest term
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logs) {
            max = Math.max(max, shape * l);
        }
        double sum = 0;
        for (double l : logs) {
            sum += Math.exp(shape * l - max);
        }
        double scale = Math.exp(meanLog + (max + Math.log(sum / x.length)) / shape);
        return new WeibullLaw(shape, scale);
    }

    /** h(k) for centred logs (mean 0): Σ e^(k l) l / Σ e^(k l) − 1/k. */
    private static double slope(double[] logs, double k) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logs) {
            max = Math.max(max, k * l);
        }
        double weights = 0;
        double weighted = 0;
        for (double l : logs) {
            double w = Math.exp(k * l - max);
            weights += w;
            weighted += w * l;
        }
        return weighted / weights - 1 / k;
    }

    static WeibullLaw of(WeibullDuration d) {
        return new WeibullLaw(d.shape(), d.scaleNanos() / Samples.NANOS_PER_SECOND);
    }

    @Override
    public Family family() {
        return Family.WEIBULL;
    }

    @Override
    public double logDensity(double x) {
        if (!(x > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        double logRatio = Math.log(x / scale);
        return Math.log(shape / scale) + (shape - 1) * logRatio - Math.exp(shape * logRatio);
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -Math.expm1(-Math.pow(x / scale, shape));
    }

    @Override
    public double sf(double x) {
        return x <= 0 ? 1 : Math.exp(-Math.pow(x / scale, shape));
    }

    @Override
    public DurationDistribution distribution() {
        return new WeibullDuration(shape, Samples.positiveNanos("weibull scale", scale));
    }
}
