package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.WeibullDuration;

/** From a family to its estimator, and from model's record back to the law it denotes. */
final class Laws {

    private Laws() {
    }

    /**
     * The unshifted maximum-likelihood fit of {@code family} to {@code x} (seconds).
     *
     * @throws FitFailure if the family cannot be fitted to these samples
     */
    static Law fit(Family family, double[] x) {
        return switch (family) {
            case EXPONENTIAL -> ExponentialLaw.fit(x);
            case NORMAL -> NormalLaw.fit(x);
            case LOGNORMAL -> LogNormalLaw.fit(x);
            case GAMMA -> GammaLaw.fit(x);
            case WEIBULL -> WeibullLaw.fit(x);
        };
    }

    /**
     * The law that model's record {@code d} draws from, parameters in seconds.
     *
     * @throws IllegalArgumentException if {@code d} is not one of the fitted families
     */
    static Law of(DurationDistribution d) {
        if (d instanceof ShiftedDuration shifted) {
            return new ShiftedLaw(shifted.shiftNanos() / Samples.NANOS_PER_SECOND, of(shifted.base()));
        }
        if (d instanceof ExponentialDuration exponential) {
            return ExponentialLaw.of(exponential);
        }
        if (d instanceof NormalDuration normal) {
            return NormalLaw.of(normal);
        }
        if (d instanceof LogNormalDuration lognormal) {
            return LogNormalLaw.of(lognormal);
        }
        if (d instanceof GammaDuration gamma) {
            return GammaLaw.of(gamma);
        }
        if (d instanceof WeibullDuration weibull) {
            return WeibullLaw.of(weibull);
        }
        throw new IllegalArgumentException("not a fitted family: " + d);
    }
}
