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

    /**
     * P(X ≤ {@code nanos}): the distribution function, for drawing a fitted law against the
     * data it was fitted to and for quantiles by inversion. A continuous law's function is that
     * of the law itself, before draws are rounded to whole nanoseconds (the rounding moves a
     * quantile by at most half a nanosecond). Non-decreasing in {@code nanos}, 0 below the
     * support, 1 above it; NaN gives NaN.
     */
    double cdf(double nanos);
}
