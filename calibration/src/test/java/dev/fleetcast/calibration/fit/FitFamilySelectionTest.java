package dev.fleetcast.calibration.fit;

import static dev.fleetcast.calibration.fit.TestSamples.S;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.WeibullDuration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * At n = 500 the chosen fit is of the true family — or of one that nests it (gamma or Weibull
 * for an exponential, a shifted form for an unshifted one) with the same fitted law — in at
 * least 80% of trials. "The same fitted law" means the chosen fit's CDF is within the
 * Kolmogorov–Smirnov 5% critical value 1.36/√n = 0.061 of the true family's own fit on the
 * same sample at every sample point: closer than 500 samples can tell apart.
 *
 * <p>The rates over 200 trials per case on the seeds below (the slow test) are: exponential
 * 100%, normal 83%, lognormal 95.5%, gamma 90%, Weibull 90%, shifted exponential 100%, shifted
 * lognormal (σ 0.8) 99%, shifted Weibull 88.5%; the fast test's 50 trials accept 50, 45, 49,
 * 43, 46, 50, 50 and 41. The normal sits close to the line: a gamma of shape 44 has the same
 * mean and sd and is picked whenever a sample happens to be skewed right. For a true rate p a
 * fresh seed fails the fast test (under 40 of 50) with probability P(Binomial(50, p) ≤ 39):
 * 22% at p = 0.83, 2.5% at 0.885, 0.9% at 0.9 — about 25% that one of the eight fails, nearly
 * all of it the normal's; the slow test (under 160 of 200) has about 11%, again the normal's.
 * With the seeds fixed the outcome is deterministic: a failure after a change means the rates
 * moved.
 *
 * <p>Harder cases, where three-parameter shapes overlap, fall below 80% (200 trials each, slow
 * test {@code hardCasesMissTheFamilyButNotTheLaw}): shifted lognormal with σ 0.4 (picked 64%,
 * else mostly shifted gamma), shifted gamma of shape 2 (66.5%, else shifted Weibull), gamma of
 * shape 1.5 (71%, else Weibull). There the chosen law still lies within the KS 1% critical
 * value 1.63/√n = 0.073 of the true law in every trial (worst 0.064): the family is missed,
 * not the law.
 */
class FitFamilySelectionTest {

    private static final int N = 500;
    private static final double SAME_LAW = 1.36 / Math.sqrt(N);

    static Stream<Arguments> truths() {
        return Stream.of(
                Arguments.of(new ExponentialDuration(2 * S)),
                Arguments.of(new NormalDuration(10 * S, 1_500_000_000L)),
                Arguments.of(new LogNormalDuration(8 * S, 0.5)),
                Arguments.of(new GammaDuration(2.5, 4 * S)),
                Arguments.of(new WeibullDuration(1.5, 30 * S)),
                Arguments.of(new ShiftedDuration(20 * S, new ExponentialDuration(5 * S))),
                Arguments.of(new ShiftedDuration(20 * S, new LogNormalDuration(8 * S, 0.8))),
                Arguments.of(new ShiftedDuration(10 * S, new WeibullDuration(1.5, 5 * S))));
    }

    @ParameterizedTest
    @MethodSource("truths")
    void fiftyTrialsPickTheTrueFamilyAtLeastFourTimesInFive(DurationDistribution truth) {
        assertThat(picks(truth, 50)).isGreaterThanOrEqualTo(40);
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("truths")
    void twoHundredTrialsPickTheTrueFamilyAtLeastFourTimesInFive(DurationDistribution truth) {
        assertThat(picks(truth, 200)).isGreaterThanOrEqualTo(160);
    }

    static Stream<Arguments> hardCases() {
        return Stream.of(
                Arguments.of(new ShiftedDuration(20 * S, new LogNormalDuration(8 * S, 0.4))),
                Arguments.of(new ShiftedDuration(5 * S, new GammaDuration(2, 3 * S))),
                Arguments.of(new GammaDuration(1.5, 4 * S)));
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("hardCases")
    void hardCasesMissTheFamilyButNotTheLaw(DurationDistribution truth) {
        DurationFitter fitter = TestSamples.withoutBootstrap();
        Law trueLaw = Laws.of(truth);
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(600L + trueLaw.family().ordinal());
        int right = 0;
        double worst = 0;
        for (int t = 0; t < 200; t++) {
            double[] sorted = TestSamples.draw(truth, N, random);
            Arrays.sort(sorted);
            ParametricFit chosen = fitter.fit(sorted).chosenFit().orElseThrow();
            right += chosen.family() == trueLaw.family() && chosen.shifted() == truth instanceof ShiftedDuration ? 1 : 0;
            worst = Math.max(worst, distance(Laws.of(chosen.distribution()), trueLaw, sorted));
        }
        System.out.printf("hard case %s: true family %d of 200; worst distance to the true law %.4f%n", truth, right,
                worst);
        assertThat(worst).isLessThan(1.63 / Math.sqrt(N));
    }

    /** How many of {@code trials} samples of {@code truth} lead to an acceptable choice; prints the tally. */
    static int picks(DurationDistribution truth, int trials) {
        DurationFitter fitter = TestSamples.withoutBootstrap();
        Law trueLaw = Laws.of(truth);
        boolean trulyShifted = truth instanceof ShiftedDuration;
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(500L + trueLaw.family().ordinal()
                + (trulyShifted ? 10 : 0));
        Map<String, Integer> tally = new TreeMap<>();
        int accepted = 0;
        for (int t = 0; t < trials; t++) {
            double[] sorted = TestSamples.draw(truth, N, random);
            Arrays.sort(sorted);
            FitReport report = fitter.fit(sorted);
            ParametricFit chosen = report.chosenFit().orElseThrow();
            tally.merge(chosen.label(), 1, Integer::sum);
            if (chosen.family() == trueLaw.family() && chosen.shifted() == trulyShifted) {
                accepted++;
            } else if (nests(chosen, trueLaw.family(), trulyShifted)) {
                ParametricFit own = report.candidate(trueLaw.family(), trulyShifted).orElseThrow();
                if (distance(Laws.of(chosen.distribution()), Laws.of(own.distribution()), sorted) < SAME_LAW) {
                    accepted++;
                }
            }
        }
        System.out.printf("%s: %d of %d accepted; chosen %s%n", ParametricFit.label(trueLaw.family(), trulyShifted),
                accepted, trials, tally);
        return accepted;
    }

    private static boolean nests(ParametricFit chosen, Family family, boolean shifted) {
        boolean familyNests = chosen.family() == family
                || family == Family.EXPONENTIAL && (chosen.family() == Family.GAMMA || chosen.family() == Family.WEIBULL);
        return familyNests && (chosen.shifted() || !shifted);
    }

    private static double distance(Law a, Law b, double[] points) {
        double d = 0;
        for (double x : points) {
            d = Math.max(d, Math.abs(a.cdf(x) - b.cdf(x)));
        }
        return d;
    }
}
