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
}
