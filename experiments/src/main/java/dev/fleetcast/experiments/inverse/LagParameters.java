package dev.fleetcast.experiments.inverse;

import dev.fleetcast.model.scenario.ReadMode;
import java.util.Locale;

/**
 * The unobserved knobs of the enrollment race, as inverse calibration varies them.
 *
 * @param watchDelayMeanNanos mean of the (exponential) delay from a change at the API server
 *     to an informer seeing it
 * @param workers concurrent reconcile workers
 * @param creationIntervalNanos time between device creations, 0 for all at once
 * @param readMode whether a reconcile reads its cache or LISTs the devices
 */
public record LagParameters(long watchDelayMeanNanos, int workers, long creationIntervalNanos, ReadMode readMode) {

    public LagParameters {
        if (watchDelayMeanNanos <= 0 || workers < 1 || creationIntervalNanos < 0) {
            throw new IllegalArgumentException("lag parameters out of range: watch delay " + watchDelayMeanNanos
                    + " ns, workers " + workers + ", creation interval " + creationIntervalNanos + " ns");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "watch %.3f s, %d workers, creation every %.3f s, %s",
                watchDelayMeanNanos / 1e9, workers, creationIntervalNanos / 1e9, readMode.name().toLowerCase(Locale.ROOT));
    }
}
