package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.WeibullDuration;
import java.util.ArrayList;
import java.util.List;

/**
 * The named parameters of a fitted distribution, read off model's record so that they are
 * exactly what a calibration file writes (durations as whole nanoseconds, shown in seconds).
 * Names follow the distribution specs; a shift comes last.
 */
public final class FittedParameters {

    private static final double NANOS_PER_SECOND = 1e9;

    private FittedParameters() {
    }

    /**
     * @throws IllegalArgumentException if {@code distribution} is not one of the fitted families
     *     (exponential, normal, lognormal, gamma, Weibull, the last four shifted or not)
     */
    public static List<Parameter> of(DurationDistribution distribution) {
        List<Parameter> parameters = new ArrayList<>(3);
        DurationDistribution base = distribution;
        if (distribution instanceof ShiftedDuration shifted) {
            base = shifted.base();
        }
        if (base instanceof ExponentialDuration exponential) {
            parameters.add(seconds("mean", exponential.averageNanos()));
        } else if (base instanceof NormalDuration normal) {
            parameters.add(seconds("mean", normal.locationNanos()));
            parameters.add(seconds("sd", normal.sdNanos()));
        } else if (base instanceof LogNormalDuration lognormal) {
            parameters.add(seconds("median", lognormal.medianNanos()));
            parameters.add(new Parameter("sigma", ParameterUnit.NONE, lognormal.sigma()));
        } else if (base instanceof GammaDuration gamma) {
            parameters.add(new Parameter("shape", ParameterUnit.NONE, gamma.shape()));
            parameters.add(seconds("scale", gamma.scaleNanos()));
        } else if (base instanceof WeibullDuration weibull) {
            parameters.add(new Parameter("shape", ParameterUnit.NONE, weibull.shape()));
            parameters.add(seconds("scale", weibull.scaleNanos()));
        } else {
            throw new IllegalArgumentException("not a fitted family: " + distribution);
        }
        if (distribution instanceof ShiftedDuration shifted) {
            parameters.add(seconds("shift", shifted.shiftNanos()));
        }
        return List.copyOf(parameters);
    }

    private static Parameter seconds(String name, long nanos) {
        return new Parameter(name, ParameterUnit.SECONDS, nanos / NANOS_PER_SECOND);
    }
}
