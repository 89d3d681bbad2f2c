package dev.fleetcast.calibration.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * When to warn that a sample's tail is heavy — that rare long durations dominate its mean and
 * upper quantiles, so simulated means converge slowly and the fitted tail is uncertain. Three
 * criteria, any one suffices:
 *
 * <ul>
 *   <li>the chosen fit is a Weibull with shape below 1: its tail is heavier than any
 *       exponential's;</li>
 *   <li>the chosen fit is a lognormal with σ above {@value #LOGNORMAL_SIGMA}: its mean is more
 *       than e^(1.5²/2) ≈ 3.1 times its median;</li>
 *   <li>with at least {@value #HILL_MIN_SAMPLES} samples, the Hill estimate of the tail index
 *       over the largest ⌊√n⌋ samples is below {@value #HILL_INDEX}: the largest samples fall
 *       off like a power law with infinite variance, whatever family was chosen. Simulated
 *       (4000 samples each): for exponential data the estimate is 3.6 ± 0.9 at n = 200 and
 *       4.0 ± 0.8 at n = 500, and it never warned; for a lognormal of σ 1 it warns for 2.5% of
 *       samples at n = 200 and 0.1% at 500; for a Pareto of index 1.2 it warns for 77% and 83%.</li>
 * </ul>
 */
final class HeavyTails {

    static final double LOGNORMAL_SIGMA = 1.5;
    static final int HILL_MIN_SAMPLES = 200;
    static final double HILL_INDEX = 1.5;

    private HeavyTails() {
    }

    /** The warnings for {@code sorted} (ascending) with {@code chosen} as the chosen fit, if any. */
    static List<FitWarning> check(double[] sorted, ParametricFit chosen) {
        List<FitWarning> warnings = new ArrayList<>();
        if (chosen != null) {
            double shape = chosen.parameter("shape").map(Parameter::value).orElse(Double.NaN);
            double sigma = chosen.parameter("sigma").map(Parameter::value).orElse(Double.NaN);
            if (chosen.family() == Family.WEIBULL && shape < 1) {
                warnings.add(new FitWarning(FitWarning.Kind.HEAVY_TAIL, String.format(Locale.ROOT,
                        "the chosen Weibull has shape %.3g < 1, a tail heavier than exponential: rare long "
                                + "durations dominate the mean", shape)));
            }
            if (chosen.family() == Family.LOGNORMAL && sigma > LOGNORMAL_SIGMA) {
                warnings.add(new FitWarning(FitWarning.Kind.HEAVY_TAIL, String.format(Locale.ROOT,
                        "the chosen lognormal has sigma %.3g > %.1f: its mean is %.3g times its median, and means "
                                + "of simulated runs converge slowly", sigma, LOGNORMAL_SIGMA,
                        Math.exp(sigma * sigma / 2))));
            }
        }
        OptionalDouble index = hill(sorted);
        if (index.isPresent() && index.getAsDouble() < HILL_INDEX) {
            warnings.add(new FitWarning(FitWarning.Kind.HEAVY_TAIL, String.format(Locale.ROOT,
                    "the Hill estimate of the tail index over the largest %d of %d samples is %.3g < %.1f: the "
                            + "largest durations fall off like a power law with infinite variance",
                    (int) Math.sqrt(sorted.length), sorted.length, index.getAsDouble(), HILL_INDEX)));
        }
        return warnings;
    }

    /**
     * Hill's estimate of the tail index over the largest k = ⌊√n⌋ samples:
     * k / Σᵢ ln(x₍ₙ₋ᵢ₎ / x₍ₙ₋ₖ₎), i from 0 to k − 1 (0-based order statistics); empty under
     * {@value #HILL_MIN_SAMPLES} samples or when the threshold x₍ₙ₋ₖ₎ is 0.
     */
    static OptionalDouble hill(double[] sorted) {
        int n = sorted.length;
        if (n < HILL_MIN_SAMPLES) {
            return OptionalDouble.empty();
        }
        int k = (int) Math.sqrt(n);
        double threshold = sorted[n - 1 - k];
        if (!(threshold > 0)) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += Math.log(sorted[n - 1 - i] / threshold);
        }
        return sum > 0 ? OptionalDouble.of(k / sum) : OptionalDouble.empty();
    }
}
