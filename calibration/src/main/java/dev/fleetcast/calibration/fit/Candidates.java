package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ShiftedDuration;
import java.util.List;
import java.util.Optional;

/**
 * Fits one candidate (a family, shifted or not) and states its statistics. Used on the data
 * and again on every bootstrap sample, so that a refit is exactly the procedure that
 * produced the fit.
 */
final class Candidates {

    private Candidates() {
    }

    /**
     * The candidate's MLE on {@code sorted} (ascending, seconds) as model's record, durations
     * rounded to whole nanoseconds (a shift rounded down): the distribution a calibration file
     * writes. Read it back with {@link Laws#of} for its density.
     *
     * @throws FitFailure if the candidate cannot be fitted
     */
    static DurationDistribution fit(Family family, boolean shifted, double[] sorted) {
        Law raw = shifted ? ShiftProfile.fit(family, sorted) : Laws.fit(family, sorted);
        DurationDistribution rounded = raw.distribution();
        if (!Double.isFinite(Laws.of(rounded).logLikelihood(sorted))) {
            throw new FitFailure(ParametricFit.label(family, shifted)
                    + " gives a sample zero density once its parameters are rounded to nanoseconds");
        }
        return rounded;
    }

    /** The record of fit {@code distribution}: parameters, likelihood, AIC, BIC, KS and AD; no bootstrap yet. */
    static ParametricFit describe(DurationDistribution distribution, double[] sorted) {
        Law law = Laws.of(distribution);
        int n = sorted.length;
        List<Parameter> parameters = FittedParameters.of(distribution);
        int k = parameters.size();
        double logLikelihood = law.logLikelihood(sorted);
        return new ParametricFit(law.family(), distribution instanceof ShiftedDuration, parameters, distribution,
                logLikelihood, 2 * k - 2 * logLikelihood, k * Math.log(n) - 2 * logLikelihood,
                GoodnessOfFit.kolmogorovSmirnov(sorted, law), GoodnessOfFit.andersonDarling(sorted, law),
                Optional.empty());
    }
}
