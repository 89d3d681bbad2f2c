package dev.fleetcast.experiments.inverse;

import dev.fleetcast.model.scenario.ReadMode;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Where inverse calibration looks: watch delay log-uniform on [{@code minWatch}, {@code maxWatch}],
 * workers uniform on 1..{@code maxWorkers}, creation all at once with probability 1/4, else
 * one by one at an interval log-uniform on [{@code minInterval}, {@code maxInterval}]; cache or
 * LIST reads with equal probability. Log-uniform because the plausible values span orders of
 * magnitude (milliseconds for a healthy watch, seconds for a loaded one).
 */
public record Prior(long minWatchNanos, long maxWatchNanos, int maxWorkers, long minIntervalNanos,
        long maxIntervalNanos) {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    /** 5 ms to 30 s of watch delay, 1 to 16 workers, creation every 50 ms to 2 s or at once. */
    public static final Prior DEFAULT = new Prior(5 * MS, 30 * S, 16, 50 * MS, 2 * S);

    public Prior {
        if (minWatchNanos <= 0 || maxWatchNanos < minWatchNanos || maxWorkers < 1 || minIntervalNanos <= 0
                || maxIntervalNanos < minIntervalNanos) {
            throw new IllegalArgumentException("an empty or inverted prior range");
        }
    }

    /** One draw. */
    public LagParameters draw(UniformRandomProvider random) {
        long watch = logUniform(random, minWatchNanos, maxWatchNanos);
        int workers = 1 + random.nextInt(maxWorkers);
        long interval = random.nextInt(4) == 0 ? 0 : logUniform(random, minIntervalNanos, maxIntervalNanos);
        ReadMode mode = random.nextBoolean() ? ReadMode.CACHE : ReadMode.LIST;
        return new LagParameters(watch, workers, interval, mode);
    }

    private static long logUniform(UniformRandomProvider random, long min, long max) {
        double log = Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min));
        return Math.max(min, Math.min(max, Math.round(Math.exp(log))));
    }
}
