package dev.fleetcast.model.distribution;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The empirical distribution of observed durations: each draw is one of the observations,
 * all equally likely (resampling, as a bootstrap does). Nothing is invented between or
 * beyond the observations, which is what makes it the honest fallback when too few samples
 * exist to fit a shape. {@link #sampleNanos} consumes one {@code nextInt(n)} (none when
 * there is a single observation).
 *
 * <p>A class, not a record, because it holds an array: its observations are copied in,
 * sorted, never handed out, and compared by content.
 */
public final class EmpiricalDuration implements DurationDistribution {

    private final long[] sorted;

    /**
     * @throws IllegalArgumentException if there are no observations or one is negative
     */
    public EmpiricalDuration(long[] observationsNanos) {
        if (observationsNanos.length == 0) {
            throw new IllegalArgumentException("empirical: needs at least one observation");
        }
        sorted = observationsNanos.clone();
        Arrays.sort(sorted);
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("empirical: observations must be 0 or more, found " + sorted[0] + " ns");
        }
    }

    /** The observations in ascending order (a copy). */
    public long[] observationsNanos() {
        return sorted.clone();
    }

    @Override
    public long sampleNanos(UniformRandomProvider random) {
        return sorted.length == 1 ? sorted[0] : sorted[random.nextInt(sorted.length)];
    }

    @Override
    public double meanNanos() {
        double sum = 0;
        for (long observation : sorted) {
            sum += observation;
        }
        return sum / sorted.length;
    }

    /** The fraction of observations at or below {@code nanos}: the empirical distribution function. */
    @Override
    public double cdf(double nanos) {
        if (Double.isNaN(nanos)) {
            return nanos;
        }
        int low = 0;
        int high = sorted.length;
        while (low < high) { // the first observation above nanos
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= nanos) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return (double) low / sorted.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmpiricalDuration empirical && Arrays.equals(sorted, empirical.sorted);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return "EmpiricalDuration" + Arrays.toString(sorted);
    }
}
