package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Synthetic samples for the tests: n draws of a model distribution, in seconds, from a fixed seed. */
final class TestSamples {

    static final long S = 1_000_000_000L;

    private TestSamples() {
    }

    static double[] draw(DurationDistribution distribution, int n, long seed) {
        return draw(distribution, n, RandomSource.XO_SHI_RO_256_PP.create(seed));
    }

    static double[] draw(DurationDistribution distribution, int n, UniformRandomProvider random) {
        double[] seconds = new double[n];
        for (int i = 0; i < n; i++) {
            seconds[i] = distribution.sampleNanos(random) / 1e9;
        }
        return seconds;
    }

    /** A fitter without bootstrap, for tests about the estimates alone. */
    static DurationFitter withoutBootstrap() {
        return new DurationFitter(FitOptions.seeded(1).withBootstrapReplicates(0));
    }
}
