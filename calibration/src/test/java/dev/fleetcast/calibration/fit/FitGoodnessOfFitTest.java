package dev.fleetcast.calibration.fit;

import static dev.fleetcast.calibration.fit.TestSamples.S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import java.util.Arrays;
import java.util.EnumSet;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** The KS and AD statistics on hand-computed cases, and what their bootstrap p-values say. */
class FitGoodnessOfFitTest {

    private static final Law EXPONENTIAL_1S = Laws.of(new ExponentialDuration(S));

    /**
     * {0.5, 1, 2} s against an exponential of mean 1 s: F = 1 − e^−x = 0.393469, 0.632121,
     * 0.864665. D = max over i of max(i/3 − Fᵢ, Fᵢ − (i−1)/3) = F₁ − 0 = 0.393469.
     */
    @Test
    void kolmogorovSmirnovByHand() {
        double[] sorted = {0.5, 1, 2};
        assertThat(GoodnessOfFit.kolmogorovSmirnov(sorted, EXPONENTIAL_1S)).isCloseTo(0.3934693403, offset(1e-10));
    }

    /**
     * Same case: ln F = −0.932752, −0.458675, −0.145413 and ln(1 − F) = −x, so
     * Σ (2i−1)[ln F(xᵢ) + ln(1 − F(x₄₋ᵢ))] = 1(−0.932752 − 2) + 3(−0.458675 − 1) + 5(−0.145413 − 0.5)
     * = −10.535845, and A² = −3 + 10.535845/3 = 0.511948.
     */
    @Test
    void andersonDarlingByHand() {
        double[] sorted = {0.5, 1, 2};
        assertThat(GoodnessOfFit.andersonDarling(sorted, EXPONENTIAL_1S)).isCloseTo(0.5119483, offset(1e-6));
        // one sample at the median: A² = −1 − 2 ln ½ = 2 ln 2 − 1
        assertThat(GoodnessOfFit.andersonDarling(new double[] {Math.log(2)}, EXPONENTIAL_1S))
                .isCloseTo(2 * Math.log(2) - 1, offset(1e-12));
    }

    @Test
    void kolmogorovSmirnovAgreesWithCommonsMath() {
        double[] sorted = TestSamples.draw(new LogNormalDuration(8 * S, 0.5), 300, 31);
        Arrays.sort(sorted);
        Law law = Laws.of(new LogNormalDuration(7 * S, 0.6)); // not the truth, so D is not tiny
        double reference = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(
                new LogNormalDistribution(null, Math.log(7), 0.6), sorted);
        assertThat(GoodnessOfFit.kolmogorovSmirnov(sorted, law)).isCloseTo(reference, offset(1e-12));
    }

    @Test
    void aSampleTheLawCallsImpossibleGivesAHugeButFiniteStatistic() {
        Law shifted = Laws.of(new ShiftedDuration(5 * S, new ExponentialDuration(S)));
        double ad = GoodnessOfFit.andersonDarling(new double[] {1, 6, 7}, shifted);
        assertThat(ad).isGreaterThan(100).isFinite();
        assertThat(GoodnessOfFit.kolmogorovSmirnov(new double[] {1, 6, 7}, shifted)).isGreaterThanOrEqualTo(1 / 3.0);
    }

    /**
     * 300 lognormal samples (σ 0.8, clearly skewed). The bootstrap (99 refits) must reject the
     * normal and the exponential at 5% by both statistics, and not reject the lognormal. Under
     * the true family each p-value is uniform, so a fresh seed would reject the lognormal by one
     * statistic or the other with probability under 10%; on this seed it does not, and the
     * wrong families' p-values are the smallest possible, 1/100.
     */
    @Test
    void theBootstrapRejectsAWrongFamilyAndNotTheRightOne() {
        double[] sample = TestSamples.draw(new LogNormalDuration(8 * S, 0.8), 300, 32);
        FitReport report = new DurationFitter(FitOptions.seeded(33).withBootstrapReplicates(99).withShifts(false)
                .withFamilies(EnumSet.of(Family.NORMAL, Family.EXPONENTIAL, Family.LOGNORMAL))).fit(sample);
        BootstrapSummary right = report.candidate(Family.LOGNORMAL, false).orElseThrow().bootstrap().orElseThrow();
        assertThat(right.ksPValue()).isGreaterThan(0.05);
        assertThat(right.adPValue()).isGreaterThan(0.05);
        for (Family wrong : new Family[] {Family.NORMAL, Family.EXPONENTIAL}) {
            BootstrapSummary summary = report.candidate(wrong, false).orElseThrow().bootstrap().orElseThrow();
            assertThat(summary.ksPValue()).as(wrong + " KS").isEqualTo(1 / 100.0);
            assertThat(summary.adPValue()).as(wrong + " AD").isEqualTo(1 / 100.0);
        }
        assertThat(report.chosenLabel()).isEqualTo("lognormal");
        assertThat(report.warnings()).extracting(FitWarning::kind).doesNotContain(FitWarning.Kind.POOR_FIT);
    }

    @Test
    void aChosenFitThatFailsItsTestIsFlagged() {
        // a two-humped sample: 150 near 2 s and 150 near 10 s; no candidate describes it
        double[] humps = new double[300];
        double[] low = TestSamples.draw(new LogNormalDuration(2 * S, 0.1), 150, 34);
        double[] high = TestSamples.draw(new LogNormalDuration(10 * S, 0.1), 150, 35);
        System.arraycopy(low, 0, humps, 0, 150);
        System.arraycopy(high, 0, humps, 150, 150);
        FitReport report = new DurationFitter(FitOptions.seeded(36).withBootstrapReplicates(49)
                .withBootstrapEveryCandidate(false)).fit(humps);
        assertThat(report.warnings()).extracting(FitWarning::kind).contains(FitWarning.Kind.POOR_FIT);
        assertThat(report.chosenFit().orElseThrow().bootstrap().orElseThrow().ksPValue()).isEqualTo(1 / 50.0);
    }
}
