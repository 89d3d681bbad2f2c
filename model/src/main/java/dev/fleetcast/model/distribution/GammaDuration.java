package dev.fleetcast.model.distribution;

import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;

/**
 * Gamma durations with dimensionless {@code shape} k and a {@code scale} θ that carries the
 * unit; mean kθ. Sampled by commons-rng's Ahrens–Dieter / Marsaglia–Tsang sampler.
 */
public record GammaDuration(double shape, long scaleNanos) implements DurationDistribution {

    public GammaDuration {
        Draws.requirePositive("gamma", "shape", shape);
        Draws.requirePositive("gamma", "scale", scaleNanos);
    }

    @Override
    public long sampleNanos(UniformRandomProvider random) {
        return Draws.toNanos(AhrensDieterMarsagliaTsangGammaSampler.of(random, shape, scaleNanos).sample());
    }

    @Override
    public double meanNanos() {
        return shape * scaleNanos;
    }

    /** The regularized lower incomplete gamma function P(k, x/θ). */
    @Override
    public double cdf(double nanos) {
        return nanos <= 0 ? 0 : RegularizedGamma.P.value(shape, nanos / scaleNanos);
    }
}
