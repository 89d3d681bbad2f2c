package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ExponentialDuration;

/** Exponential with mean θ seconds: f(x) = e^(−x/θ)/θ. The MLE is the sample mean. */
record ExponentialLaw(double mean) implements Law {

    static ExponentialLaw fit(double[] x) {
        double mean = Samples.mean(x);
        if (!(mean > 0)) {
            throw new FitFailure("exponential needs a sample above 0");
        }
        return new ExponentialLaw(mean);
    }

    static ExponentialLaw of(ExponentialDuration d) {
        return new ExponentialLaw(d.averageNanos() / Samples.NANOS_PER_SECOND);
    }

    @Override
    public Family family() {
        return Family.EXPONENTIAL;
    }

    @Override
    public double logDensity(double x) {
        return x < 0 ? Double.NEGATIVE_INFINITY : -Math.log(mean) - x / mean;
    }

    @Override
    public double cdf(double x) {
        return x <= 0 ? 0 : -Math.expm1(-x / mean);
    }

    @Override
    public double sf(double x) {
        return x <= 0 ? 1 : Math.exp(-x / mean);
    }

    @Override
    public DurationDistribution distribution() {
        return new ExponentialDuration(Samples.positiveNanos("exponential mean", mean));
    }
}
