package dev.fleetcast.model.distribution;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Normal durations with mean {@code locationNanos} and standard deviation {@code sdNanos},
 * truncated at zero: a negative draw is drawn again (a duration cannot be negative, and
 * clamping would put an atom at zero). With the location positive at least half of all draws
 * are kept. {@link #meanNanos} is the mean of the truncated distribution, which equals the
 * location when negative draws are negligible.
 */
public record NormalDuration(long locationNanos, long sdNanos) implements DurationDistribution {

    public NormalDuration {
        Draws.requirePositive("normal", "mean", locationNanos);
        if (sdNanos < 0) {
            throw new IllegalArgumentException("normal: sd must be 0 or more, was " + sdNanos + " ns");
        }
    }

    @Override
    public long sampleNanos(UniformRandomProvider random) {
        if (sdNanos == 0) {
            return locationNanos;
        }
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        double draw;
        do {
            draw = locationNanos + sdNanos * gaussian.sample();
        } while (draw < 0);
        return Draws.toNanos(draw);
    }

    /** μ + σ φ(α) / (1 − Φ(α)) with α = −μ/σ: the mean of a normal truncated below at zero. */
    @Override
    public double meanNanos() {
        if (sdNanos == 0) {
            return locationNanos;
        }
        double alpha = -(double) locationNanos / sdNanos;
        double density = Math.exp(-alpha * alpha / 2) / Math.sqrt(2 * Math.PI);
        double kept = 0.5 * Erfc.value(alpha / Math.sqrt(2));
        return locationNanos + sdNanos * density / kept;
    }

    /** (Φ((x − μ)/σ) − Φ(−μ/σ)) / (1 − Φ(−μ/σ)): the normal's function, renormalised above zero. */
    @Override
    public double cdf(double nanos) {
        if (Double.isNaN(nanos)) {
            return nanos;
        }
        if (sdNanos == 0) {
            return nanos >= locationNanos ? 1 : 0;
        }
        if (nanos <= 0) {
            return 0;
        }
        double below = standardCdf(-(double) locationNanos / sdNanos);
        return (standardCdf((nanos - locationNanos) / sdNanos) - below) / (1 - below);
    }

    /** Φ(z), through erfc so that the lower tail keeps its precision. */
    static double standardCdf(double z) {
        return 0.5 * Erfc.value(-z / Math.sqrt(2));
    }
}
