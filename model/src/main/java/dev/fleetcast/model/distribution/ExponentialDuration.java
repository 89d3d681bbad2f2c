package dev.fleetcast.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exponential durations with the given mean. {@link #sampleNanos} consumes exactly one
 * {@code nextDouble()} (inverse transform), so it keeps common random numbers aligned
 * across scenarios that change only its mean.
 */
public record ExponentialDuration(long averageNanos) implements DurationDistribution {

    public ExponentialDuration {
        Draws.requirePositive("exponential", "mean", averageNanos);
    }

    @Override
    public long sampleNanos(UniformRandomProvider random) {
        return Draws.toNanos(-averageNanos * Math.log1p(-random.nextDouble()));
    }

    @Override
    public double meanNanos() {
        return averageNanos;
    }

    @Override
    public double cdf(double nanos) {
        return nanos <= 0 ? 0 : -Math.expm1(-nanos / averageNanos);
    }
}
