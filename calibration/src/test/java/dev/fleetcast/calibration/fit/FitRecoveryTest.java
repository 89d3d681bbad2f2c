package dev.fleetcast.calibration.fit;

import static dev.fleetcast.calibration.fit.TestSamples.S;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.WeibullDuration;
import java.util.Arrays;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * Maximum likelihood recovers the parameters it was drawn with. Each sample is n draws of
 * model's own distribution (so of the law the simulator draws) from a fixed seed; each
 * tolerance is 4 asymptotic standard errors at that n, from the inverse Fisher information
 * stated beside it. An estimate outside 4 SE happens by chance with probability 6e-5, so a
 * failure here means a wrong estimator, not bad luck; with about 25 checks, a fresh seed would
 * fail one with probability under 0.2%.
 */
class FitRecoveryTest {

    private static final int N = 2000;
    private static final double Z = 4;

    private static ParametricFit fit(DurationDistribution truth, Family family, boolean shifted, long seed, int n) {
        double[] sorted = TestSamples.draw(truth, n, seed);
        Arrays.sort(sorted);
        return Candidates.describe(Candidates.fit(family, shifted, sorted), sorted);
    }

    private static double value(ParametricFit fit, String name) {
        return fit.parameter(name).orElseThrow().value();
    }

    @Test
    void exponentialMean() {
        // SE(θ) = θ/√n
        ParametricFit fit = fit(new ExponentialDuration(2 * S), Family.EXPONENTIAL, false, 11, N);
        assertThat(value(fit, "mean")).isCloseTo(2, offset(Z * 2 / Math.sqrt(N)));
    }

    @Test
    void normalMeanAndSd() {
        // SE(μ) = σ/√n, SE(σ) = σ/√(2n); 10 s ± 1.5 s is 6.7 sd above 0, so the closed form applies
        ParametricFit fit = fit(new NormalDuration(10 * S, 1_500_000_000L), Family.NORMAL, false, 12, N);
        assertThat(value(fit, "mean")).isCloseTo(10, offset(Z * 1.5 / Math.sqrt(N)));
        assertThat(value(fit, "sd")).isCloseTo(1.5, offset(Z * 1.5 / Math.sqrt(2 * N)));
    }

    @Test
    void aNormalNearZeroIsFittedAsTheTruncatedLawItIs() {
        // location 1 s, sd 1 s: 16% of the untruncated law lies below 0 and is redrawn. The
        // closed form would see the truncated sample's mean 1.29 s and sd 0.80 s; the truncated
        // MLE must find 1 s and 1 s again. Its standard errors are larger than the untruncated
        // ones (information is lost below 0); 4 × 2.5 σ/√n covers them generously (the
        // truncated-normal information at α = −1 inflates SE(μ) about 1.8-fold).
        ParametricFit fit = fit(new NormalDuration(S, S), Family.NORMAL, false, 13, N);
        assertThat(value(fit, "mean")).isCloseTo(1, offset(Z * 2.5 / Math.sqrt(N)));
        assertThat(value(fit, "sd")).isCloseTo(1, offset(Z * 2.5 / Math.sqrt(N)));
    }

    @Test
    void lognormalMedianAndSigma() {
        // SE(μ) = σ/√n, so SE(median) ≈ median σ/√n; SE(σ) = σ/√(2n)
        ParametricFit fit = fit(new LogNormalDuration(8 * S, 0.5), Family.LOGNORMAL, false, 14, N);
        assertThat(value(fit, "median")).isCloseTo(8, offset(Z * 8 * 0.5 / Math.sqrt(N)));
        assertThat(value(fit, "sigma")).isCloseTo(0.5, offset(Z * 0.5 / Math.sqrt(2 * N)));
    }

    @Test
    void gammaShapeAndScale() {
        // Var(k) = k / (n (k ψ'(k) − 1)), Var(θ) = θ² ψ'(k) / (n (k ψ'(k) − 1))
        for (double k : new double[] {0.7, 2.5}) {
            double theta = 4;
            double d = k * Gamma.trigamma(k) - 1;
            ParametricFit fit = fit(new GammaDuration(k, 4 * S), Family.GAMMA, false, 15, N);
            assertThat(value(fit, "shape")).as("shape %s", k).isCloseTo(k, offset(Z * Math.sqrt(k / (N * d))));
            assertThat(value(fit, "scale")).as("scale at shape %s", k)
                    .isCloseTo(theta, offset(Z * Math.sqrt(theta * theta * Gamma.trigamma(k) / (N * d))));
        }
    }

    @Test
    void weibullShapeAndScale() {
        // Var(k) = 6k²/(π² n) = 0.6079 k²/n, Var(λ) = 1.1087 λ²/(n k²)
        for (double k : new double[] {0.7, 1.5}) {
            double lambda = 30;
            ParametricFit fit = fit(new WeibullDuration(k, 30 * S), Family.WEIBULL, false, 16, N);
            assertThat(value(fit, "shape")).as("shape %s", k).isCloseTo(k, offset(Z * Math.sqrt(0.6079 * k * k / N)));
            assertThat(value(fit, "scale")).as("scale at shape %s", k)
                    .isCloseTo(lambda, offset(Z * Math.sqrt(1.1087 * lambda * lambda / (N * k * k))));
        }
    }

    @Test
    void shiftedExponentialRecoversItsFloor() {
        // γ̂ = x₍₁₎ − (x₍₂₎ − x₍₁₎): both gaps are exponential with mean about θ/n, so
        // |γ̂ − γ| > 10 θ/n has probability about e^−10 = 5e-5. The mean: SE θ/√n.
        int n = 1000;
        ParametricFit fit = fit(new ShiftedDuration(20 * S, new ExponentialDuration(5 * S)), Family.EXPONENTIAL, true,
                17, n);
        assertThat(value(fit, "shift")).isCloseTo(20, offset(10 * 5.0 / n));
        assertThat(value(fit, "mean")).isCloseTo(5, offset(Z * 5 / Math.sqrt(n)));
    }

    @Test
    void unshiftedFitsNameNoShiftAndShiftedOnesNameItLast() {
        DurationDistribution truth = new ShiftedDuration(5 * S, new GammaDuration(2.5, 4 * S));
        ParametricFit plain = fit(truth, Family.GAMMA, false, 18, 100);
        ParametricFit shifted = fit(truth, Family.GAMMA, true, 18, 100);
        assertThat(plain.parameters()).extracting(Parameter::name).containsExactly("shape", "scale");
        assertThat(shifted.parameters()).extracting(Parameter::name).containsExactly("shape", "scale", "shift");
        assertThat(shifted.parameters()).extracting(Parameter::unit)
                .containsExactly(ParameterUnit.NONE, ParameterUnit.SECONDS, ParameterUnit.SECONDS);
        assertThat(shifted.parameterCount()).isEqualTo(3);
        // AIC = 2k − 2 ln L, BIC = k ln n − 2 ln L, the shift counted
        assertThat(shifted.aic()).isCloseTo(6 - 2 * shifted.logLikelihood(), offset(1e-9));
        assertThat(shifted.bic()).isCloseTo(3 * Math.log(100) - 2 * shifted.logLikelihood(), offset(1e-9));
    }
}
