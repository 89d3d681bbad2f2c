package dev.fleetcast.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A distribution over durations, as an immutable value; randomness is bound only when a
 * sample is drawn. Durations are nanoseconds.
 */
public interface DurationDistribution {

    /** Draws one duration in nanoseconds (never negative) from {@code random}. */
    long sampleNanos(UniformRandomProvider random);

    /** The distribution's mean in nanoseconds. */
    double meanNanos();
}
