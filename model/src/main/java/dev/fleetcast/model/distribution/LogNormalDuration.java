package dev.fleetcast.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Log-normal durations: {@code median × exp(σ Z)} with Z standard normal. The median
 * (e^μ) carries the unit, so the parameters read the same in seconds or milliseconds; σ is
 * dimensionless. Pod start-up and API latencies are often this shape (a floor plus a
 * right tail: combine with {@link ShiftedDuration}).
 */
public record LogNormalDuration(long medianNanos, double sigma) implements DurationDistribution {

    public LogNormalDuration {
        Draws.requirePositive("lognormal", "median", medianNanos);
        Draws.requirePositive("lognormal", "sigma", sigma);
    }

    @Override
    public long sampleNanos(UniformRandomProvider random) {
        return Draws.toNanos(medianNanos * Math.exp(sigma * ZigguratSampler.NormalizedGaussian.of(random).sample()));
    }

    @Override
    public double meanNanos() {
        return medianNanos * Math.exp(sigma * sigma / 2);
    }

    /** Φ(ln(x / median) / σ). */
    @Override
    public double cdf(double nanos) {
        return nanos <= 0 ? 0 : NormalDuration.standardCdf(Math.log(nanos / medianNanos) / sigma);
    }
}
