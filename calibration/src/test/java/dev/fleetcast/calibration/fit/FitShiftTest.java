package dev.fleetcast.calibration.fit;

import static dev.fleetcast.calibration.fit.TestSamples.S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.WeibullDuration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Shifts fitted by profile likelihood recover the floor the samples were drawn above, and respect their bound. */
class FitShiftTest {

    static Stream<Arguments> shifted() {
        return Stream.of(
                // the calibration example: pod start-up at least 20 s, then a lognormal body
                Arguments.of(new ShiftedDuration(20 * S, new LogNormalDuration(8 * S, 0.4)), Family.LOGNORMAL, 20.0),
                Arguments.of(new ShiftedDuration(5 * S, new GammaDuration(3, 2 * S)), Family.GAMMA, 5.0),
                Arguments.of(new ShiftedDuration(10 * S, new WeibullDuration(2.5, 5 * S)), Family.WEIBULL, 10.0));
    }

    /**
     * The three-parameter families have no closed-form standard error for the shift, so the
     * test takes it from the fit's own parametric bootstrap (99 refits of n = 1000): the
     * estimate must lie within 4 bootstrap standard deviations of the truth (probability of a
     * chance failure about 6e-5 if the estimate is near normal, which these regular cases —
     * lognormal, gamma and Weibull shapes above 2 — are).
     */
    @ParameterizedTest
    @MethodSource("shifted")
    void theShiftIsRecoveredWithinFourBootstrapStandardErrors(DurationDistribution truth, Family family, double shift) {
        double[] sorted = TestSamples.draw(truth, 1000, 21);
        Arrays.sort(sorted);
        ParametricFit fit = Candidates.describe(Candidates.fit(family, true, sorted), sorted);
        BootstrapSummary bootstrap = ParametricBootstrap.run(fit, sorted, 99, 0.95,
                RandomSource.XO_SHI_RO_256_PP.create(22L)).orElseThrow();
        double[] shifts = Arrays.stream(bootstrap.parameterDraws()).mapToDouble(row -> row[2]).toArray();
        double mean = Arrays.stream(shifts).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(shifts).map(s -> (s - mean) * (s - mean)).sum() / (shifts.length - 1));
        double estimate = fit.parameter("shift").orElseThrow().value();
        assertThat(estimate).as("shift, bootstrap sd %s", sd).isCloseTo(shift, offset(4 * sd));
        assertThat(estimate).isLessThan(sorted[0]);
        assertThat(sd).as("the shift is identified to a few percent at n = 1000").isLessThan(0.1 * shift);
    }

    @Test
    void theShiftStaysBelowTheSmallestSampleByTheGapToTheNext() {
        // samples 2.0, 2.5, ...: ε = 0.5 s, so the bound is 1.5 s, and the exponential's MLE is the bound
        double[] sorted = {2.0, 2.5, 2.7, 3.1, 3.3, 3.9, 4.4, 5.0, 6.2, 8.0};
        assertThat(ShiftProfile.bound(sorted)).isCloseTo(1.5, offset(1e-12));
        ParametricFit fit = Candidates.describe(Candidates.fit(Family.EXPONENTIAL, true, sorted), sorted);
        assertThat(fit.parameter("shift").orElseThrow().value()).isCloseTo(1.5, offset(1e-9));
        // mean of the excess over 1.5 s: (2 + 2.5 + ... + 8) / 10 − 1.5 = 4.11 − 1.5
        assertThat(fit.parameter("mean").orElseThrow().value()).isCloseTo(4.11 - 1.5, offset(1e-9));
    }

    @Test
    void tiedMinimaUseTheGapToTheFirstLargerSample() {
        // recorded at 1 ms: three samples at 20 ms, then 21 ms → ε = 1 ms, bound 19 ms
        double[] sorted = {0.020, 0.020, 0.020, 0.021, 0.025, 0.030};
        assertThat(ShiftProfile.bound(sorted)).isCloseTo(0.019, offset(1e-12));
        // no gap at all: the 1 ns minimum applies
        assertThat(ShiftProfile.bound(new double[] {3, 3})).isCloseTo(3 - 1e-9, offset(1e-15));
    }

    @Test
    void noShiftIsFittedWhenTheSmallestSampleIsNearerZeroThanTheNext() {
        double[] sorted = {0.4, 1.0, 1.3, 2.2, 2.9, 3.4, 4.0, 5.5, 6.1, 9.0};
        assertThat(ShiftProfile.bound(sorted)).isLessThan(0);
        FitReport report = TestSamples.withoutBootstrap().fit(sorted);
        assertThat(report.skipped()).extracting(SkippedCandidate::label)
                .contains("shifted exponential", "shifted lognormal", "shifted gamma", "shifted weibull");
        assertThat(report.skipped().get(0).reason()).contains("0.4 s").contains("no floor above 0");
    }

    @Test
    void anUnshiftedExponentialIsNotMistakenForAShiftedOne() {
        // its shifted fit has a shift of order θ/n and the same law
        double[] sorted = TestSamples.draw(new ExponentialDuration(2 * S), 500, 23);
        Arrays.sort(sorted);
        ParametricFit shiftedFit = Candidates.describe(Candidates.fit(Family.EXPONENTIAL, true, sorted), sorted);
        assertThat(shiftedFit.parameter("shift").orElseThrow().value()).isLessThan(10 * 2.0 / 500);
    }
}
