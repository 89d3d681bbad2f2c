package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;

/**
 * A fitted distribution as fitting sees it: density, distribution function and survival
 * function over durations in seconds. Implementations are records of the family's parameters
 * in seconds; {@link #distribution()} turns one into model's record.
 */
interface Law {

    /** The family, for labels and refits. */
    Family family();

    /** ln f(x), densities per second; {@code -Infinity} outside the support. */
    double logDensity(double x);

    /** P(X ≤ x). */
    double cdf(double x);

    /** P(X > x), computed directly so the upper tail keeps its precision. */
    double sf(double x);

    /**
     * Model's record of this law, durations rounded to the nearest nanosecond.
     *
     * @throws FitFailure if a duration parameter rounds to nothing (below half a nanosecond)
     */
    DurationDistribution distribution();

    /** ln L of {@code sample}: the sum of the log densities. */
    default double logLikelihood(double[] sample) {
        double sum = 0;
        for (double x : sample) {
            sum += logDensity(x);
        }
        return sum;
    }
}
