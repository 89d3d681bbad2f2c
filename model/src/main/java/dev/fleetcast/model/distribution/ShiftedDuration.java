package dev.fleetcast.model.distribution;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * {@code base} moved right by {@code shiftNanos}: a floor below which no duration falls
 * (no pod starts faster than its image can be pulled), with the base's shape above it.
 * Draws exactly what {@code base} draws.
 */
public record ShiftedDuration(long shiftNanos, DurationDistribution base) implements DurationDistribution {

    public ShiftedDuration {
        Objects.requireNonNull(base, "base");
        if (shiftNanos < 0) {
            throw new IllegalArgumentException("shift must be 0 or more, was " + shiftNanos + " ns");
        }
        if (shiftNanos > Draws.MAX_NANOS) {
            throw new IllegalArgumentException("shift must be at most " + Draws.MAX_NANOS + " ns, was " + shiftNanos);
        }
    }

    @Override
    public long sampleNanos(UniformRandomProvider random) {
        return Math.min(Draws.MAX_NANOS, shiftNanos + base.sampleNanos(random));
    }

    @Override
    public double meanNanos() {
        return shiftNanos + base.meanNanos();
    }

    @Override
    public double cdf(double nanos) {
        return base.cdf(nanos - shiftNanos);
    }
}
