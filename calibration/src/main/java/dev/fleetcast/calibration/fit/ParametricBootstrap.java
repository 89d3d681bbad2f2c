package dev.fleetcast.calibration.fit;

import dev.fleetcast.model.distribution.DurationDistribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The parametric bootstrap of one fit. Each replicate draws n durations from the fit's own
 * record with model's sampler (so the bootstrap world is the law the simulator will draw
 * from, nanosecond rounding included), refits the same candidate by the same procedure, and
 * records the refit and its KS and AD statistics against its own sample. Then:
 *
 * <ul>
 *   <li>p-values are (1 + #{refit statistic ≥ data statistic}) / (1 + successful refits) —
 *       the refit makes them account for the parameters having been estimated, which the
 *       tables of KS and AD do not;</li>
 *   <li>each parameter's interval is the percentile interval of its refits (type 7:
 *       linear between order statistics);</li>
 *   <li>the refitted records are kept as joint draws of the parameters.</li>
 * </ul>
 *
 * <p>Consumes n {@code sampleNanos} draws of the fit's distribution per replicate from
 * {@code random}, nothing else.
 */
final class ParametricBootstrap {

    private ParametricBootstrap() {
    }

    /** The bootstrap of {@code fit} on {@code sorted}; empty when every refit failed. */
    static Optional<BootstrapSummary> run(ParametricFit fit, double[] sorted, int replicates, double level,
            UniformRandomProvider random) {
        int n = sorted.length;
        DurationDistribution law = fit.distribution();
        double[] ks = new double[replicates];
        double[] ad = new double[replicates];
        List<DurationDistribution> draws = new ArrayList<>(replicates);
        int failed = 0;
        double[] sample = new double[n];
        for (int b = 0; b < replicates; b++) {
            for (int i = 0; i < n; i++) {
                sample[i] = law.sampleNanos(random) / Samples.NANOS_PER_SECOND;
            }
            Arrays.sort(sample);
            try {
                DurationDistribution refit = Candidates.fit(fit.family(), fit.shifted(), sample);
                Law refitLaw = Laws.of(refit);
                ks[draws.size()] = GoodnessOfFit.kolmogorovSmirnov(sample, refitLaw);
                ad[draws.size()] = GoodnessOfFit.andersonDarling(sample, refitLaw);
                draws.add(refit);
            } catch (FitFailure e) {
                failed++; // a degenerate draw (all equal, say): it says nothing about the fit
            }
        }
        int ok = draws.size();
        if (ok == 0) {
            return Optional.empty();
        }
        return Optional.of(new BootstrapSummary(replicates, failed, pValue(ks, ok, fit.ks()), pValue(ad, ok, fit.ad()),
                level, intervals(draws, fit.parameterCount(), level), draws));
    }

    private static double pValue(double[] statistics, int count, double observed) {
        int atLeast = 0;
        for (int i = 0; i < count; i++) {
            if (statistics[i] >= observed) {
                atLeast++;
            }
        }
        return (1.0 + atLeast) / (1.0 + count);
    }

    private static List<Interval> intervals(List<DurationDistribution> draws, int parameters, double level) {
        double[][] columns = new double[parameters][draws.size()];
        for (int d = 0; d < draws.size(); d++) {
            List<Parameter> values = FittedParameters.of(draws.get(d));
            for (int p = 0; p < parameters; p++) {
                columns[p][d] = values.get(p).value();
            }
        }
        List<Interval> intervals = new ArrayList<>(parameters);
        for (double[] column : columns) {
            Arrays.sort(column);
            intervals.add(new Interval(quantile(column, (1 - level) / 2), quantile(column, (1 + level) / 2)));
        }
        return intervals;
    }

    /** Type-7 quantile of ascending {@code sorted}: linear between the order statistics around (m − 1) p. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
