package dev.fleetcast.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Durations uniform on [{@code minNanos}, {@code maxNanos}], whole nanoseconds.
 * {@link #sampleNanos} consumes one {@code nextLong(bound)} draw (none when min equals max).
 */
public record UniformDuration(long minNanos, long maxNanos) implements DurationDistribution {

    public UniformDuration {
        if (minNanos < 0) {
            throw new IllegalArgumentException("uniform duration: min must be 0 or more, was " + minNanos + " ns");
        }
        if (maxNanos < minNanos) {
            throw new IllegalArgumentException("uniform duration: max (" + maxNanos
                    + " ns) must not be below min (" + minNanos + " ns)");
        }
        if (maxNanos == Long.MAX_VALUE) {
            throw new IllegalArgumentException("uniform duration: max must be below " + Long.MAX_VALUE + " ns");
        }
    }

    @Override
    public long sampleNanos(UniformRandomProvider random) {
        return minNanos == maxNanos ? minNanos : minNanos + random.nextLong(maxNanos - minNanos + 1);
    }

    @Override
    public double meanNanos() {
        return minNanos / 2.0 + maxNanos / 2.0;
    }

    /**
     * The draws are whole nanoseconds, each of the {@code max − min + 1} equally likely, so the
     * function steps: (⌊x⌋ − min + 1) / (max − min + 1) between min and max. A constant is a
     * single step at its value.
     */
    @Override
    public double cdf(double nanos) {
        if (Double.isNaN(nanos)) {
            return nanos;
        }
        if (nanos < minNanos) {
            return 0;
        }
        if (nanos >= maxNanos) {
            return 1;
        }
        return (Math.floor(nanos) - minNanos + 1) / ((double) (maxNanos - minNanos) + 1);
    }
}
