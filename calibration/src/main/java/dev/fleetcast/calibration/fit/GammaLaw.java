package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.GammaDuration;
import org.apache.commons.math3.special.Gamma;

/**
 * Gamma with shape k and scale θ seconds. The MLE has θ = x̄/k and k the root of
 * ln k − ψ(k) = ln x̄ − mean(ln x) = s, found by Newton's method from Minka's start
 * (3 − s + √((s − 3)² + 24 s)) / (12 s), which is within 1.5% of the root; ln k − ψ(k) is
 * convex and decreasing, so Newton converges from there in a handful of steps.
 */
record GammaLaw(double shape, double scale) implements Law {

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-12;

    static GammaLaw fit(double[] x) {
        double meanLog = Samples.meanLog(x, "gamma");
        double mean = Samples.mean(x);
        double s = Math.log(mean) - meanLog;
        // s ≥ 0 by Jensen, 0 only when every sample is the same; below 1e-12 the shape
        // would be beyond 10^11 and rounding noise in s decides it.
        if (!(s > 1e-12)) {
            throw new FitFailure("gamma needs samples that differ");
        }
        double k = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double f = Math.log(k) - Gamma.digamma(k) - s;
            double slope = 1 / k - Gamma.trigamma(k);
            double next = k - f / slope;
            if (!(next > 0)) {
                next = k / 2; // Newton overshot below zero: halve instead, staying in the domain
            }
            if (Math.abs(next - k) <= TOLERANCE * k) {
                return new GammaLaw(next, mean / next);
            }
            k = next;
        }
        throw new FitFailure("gamma shape did not converge in " + MAX_ITERATIONS + " Newton steps");
    }

    static GammaLaw of(GammaDuration d) {
        return new GammaLaw(d.shape(), d.scaleNanos() / Samples.NANOS_PER_SECOND);
    }

    @Override
    public Family family() {
        return Family.GAMMA;
    }

    @Override
    public double logDensity(double x) {
        if (!(x > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        return (shape - 1) * Math.log(x) - x / scale - shape * Math.log(scale) - Gamma.logGamma(shape);
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : Gamma.regularizedGammaP(shape, x / scale);
    }

    @Override
    public double sf(double x) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(shape, x / scale);
    }

    @Override
    public DurationDistribution distribution() {
        return new GammaDuration(shape, Samples.positiveNanos("gamma scale", scale));
    }
}
