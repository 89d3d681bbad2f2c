package dev.fleetcast.model.distribution;

import org.apache.commons.numbers.gamma.Gamma;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Weibull durations with dimensionless {@code shape} k and a {@code scale} λ that carries
 * the unit; mean λ Γ(1 + 1/k). {@link #sampleNanos} consumes exactly one {@code nextDouble()}
 * (inverse transform: λ (−ln(1 − U))^(1/k)).
 */
public record WeibullDuration(double shape, long scaleNanos) implements DurationDistribution {

    public WeibullDuration {
        Draws.requirePositive("weibull", "shape", shape);
        Draws.requirePositive("weibull", "scale", scaleNanos);
    }

    @Override
    public long sampleNanos(UniformRandomProvider random) {
        return Draws.toNanos(scaleNanos * Math.pow(-Math.log1p(-random.nextDouble()), 1 / shape));
    }

    @Override
    public double meanNanos() {
        return scaleNanos * Gamma.value(1 + 1 / shape);
    }

    /** 1 − exp(−(x/λ)^k). */
    @Override
    public double cdf(double nanos) {
        return nanos <= 0 ? 0 : -Math.expm1(-Math.pow(nanos / scaleNanos, shape));
    }
}
