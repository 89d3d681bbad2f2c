package dev.fleetcast.bench.kernel;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/** The shared workload: exponential increments with mean 1 (millisecond), seeded. */
final class Increments {

    private Increments() {
    }

    static ContinuousSampler exponential(long seed) {
        return ZigguratSampler.Exponential.of(RandomSource.XO_RO_SHI_RO_128_PP.create(seed), 1.0);
    }

    /** Milliseconds to whole nanoseconds, as fleetcast and the PriorityQueue keep time. */
    static long nanos(double millis) {
        return Math.round(millis * 1_000_000);
    }
}
