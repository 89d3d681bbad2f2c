package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.List;

/**
 * What a parametric bootstrap of one fit found: samples of the original size drawn from the
 * fitted distribution, each refitted to the same family (shift included), as docs/calibration.md
 * describes.
 *
 * @param replicates bootstrap samples drawn
 * @param failedRefits of those, how many could not be refitted (a degenerate draw); they count
 *     in neither the p-values nor the intervals
 * @param ksPValue the share of refits whose Kolmogorov–Smirnov statistic was at least the
 *     data's, as (1 + count) / (1 + successful refits): it accounts for the estimated parameters
 * @param adPValue the same for the Anderson–Darling statistic
 * @param level the confidence level of {@code intervals}, e.g. 0.95
 * @param intervals percentile intervals, one per parameter in the order of
 *     {@link ParametricFit#parameters()}
 * @param draws the refitted distributions, one per successful refit in draw order: joint
 *     parameter draws that a sweep can replay to carry calibration uncertainty
 */
public record BootstrapSummary(int replicates, int failedRefits, double ksPValue, double adPValue, double level,
        List<Interval> intervals, List<DurationDistribution> draws) {

    public BootstrapSummary {
        if (replicates <= 0 || failedRefits < 0 || failedRefits > replicates) {
            throw new IllegalArgumentException("bootstrap needs replicates > 0 and 0 <= failed <= replicates, was "
                    + replicates + " and " + failedRefits);
        }
        requireProbability("ksPValue", ksPValue);
        requireProbability("adPValue", adPValue);
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be strictly between 0 and 1, was " + level);
        }
        intervals = List.copyOf(intervals);
        draws = List.copyOf(draws);
        if (draws.size() != replicates - failedRefits) {
            throw new IllegalArgumentException("expected " + (replicates - failedRefits) + " draws, got " + draws.size());
        }
    }

    private static void requireProbability(String name, double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], was " + p);
        }
    }

    /** The parameters of each draw, row by row, columns in the order of the fit's parameters. */
    public double[][] parameterDraws() {
        double[][] rows = new double[draws.size()][];
        for (int i = 0; i < rows.length; i++) {
            List<Parameter> parameters = FittedParameters.of(draws.get(i));
            rows[i] = parameters.stream().mapToDouble(Parameter::value).toArray();
        }
        return rows;
    }
}
