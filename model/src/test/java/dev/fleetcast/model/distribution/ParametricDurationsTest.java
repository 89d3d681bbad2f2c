package dev.fleetcast.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParametricDurationsTest {

    private static final long S = 1_000_000_000L;

    private static UniformRandomProvider random(long seed) {
        SplittableRandom source = new SplittableRandom(seed);
        return source::nextLong;
    }

    /** Each distribution with its mean and standard deviation worked out by hand. */
    static Stream<Arguments> distributions() {
        return Stream.of(
                // exponential: mean 2 s, sd 2 s
                Arguments.of(new ExponentialDuration(2 * S), 2e9, 2e9),
                // normal 30 s ± 5 s: 6 sd above zero, truncation raises the mean by 30 ns
                Arguments.of(new NormalDuration(30 * S, 5 * S), 30e9, 5e9),
                // lognormal median 8 s, σ 0.5: mean 8 e^0.125 = 9.0652 s; sd = mean √(e^0.25 − 1) = 4.8285 s
                Arguments.of(new LogNormalDuration(8 * S, 0.5), 8e9 * Math.exp(0.125),
                        8e9 * Math.exp(0.125) * Math.sqrt(Math.exp(0.25) - 1)),
                // gamma k 2.5, θ 4 s: mean 10 s, sd √2.5 × 4 = 6.3246 s
                Arguments.of(new GammaDuration(2.5, 4 * S), 10e9, Math.sqrt(2.5) * 4e9),
                // gamma k 0.5 (shape < 1 takes the sampler's other branch): mean 2 s, sd √0.5 × 4 s
                Arguments.of(new GammaDuration(0.5, 4 * S), 2e9, Math.sqrt(0.5) * 4e9),
                // Weibull k 2, λ 30 s: mean 30 Γ(1.5) = 30 × 0.886227 = 26.5868 s;
                // sd = 30 √(Γ(2) − Γ(1.5)²) = 30 × 0.463251 = 13.8975 s
                Arguments.of(new WeibullDuration(2, 30 * S), 30e9 * 0.886226925452758,
                        30e9 * Math.sqrt(1 - 0.886226925452758 * 0.886226925452758)),
                // shifted exponential: mean 20 + 5 s, sd 5 s
                Arguments.of(new ShiftedDuration(20 * S, new ExponentialDuration(5 * S)), 25e9, 5e9),
                // empirical {1, 2, 3, 10} s: mean 4 s, population sd √(9+4+1+36)/2 = 3.5355 s
                Arguments.of(new EmpiricalDuration(new long[] {3 * S, S, 10 * S, 2 * S}), 4e9, Math.sqrt(12.5) * 1e9));
    }

    /**
     * The mean stated by hand, the distribution's own {@code meanNanos}, and the sample mean of
     * 200,000 draws agree. 5 standard errors is crossed by chance with probability below 1e-6
     * per case (the lognormal's tail is light enough at σ 0.5 for the normal approximation).
     */
    @ParameterizedTest
    @MethodSource("distributions")
    void samplesAverageToTheStatedMean(DurationDistribution distribution, double mean, double sd) {
        assertThat(distribution.meanNanos()).isCloseTo(mean, offset(mean * 1e-6));
        UniformRandomProvider random = random(7);
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            long draw = distribution.sampleNanos(random);
            assertThat(draw).isNotNegative();
            sum += draw;
        }
        assertThat(sum / n).isCloseTo(mean, offset(5 * sd / Math.sqrt(n)));
    }

    @Test
    void aNormalCloseToZeroIsTruncatedAndItsMeanSaysSo() {
        // location 1 s, sd 1 s: α = −1, φ(−1) = 0.241971, 1 − Φ(−1) = 0.841345, mean = 1.287600 s
        NormalDuration near = new NormalDuration(S, S);
        assertThat(near.meanNanos()).isCloseTo(1.2876e9, offset(1e5));
        UniformRandomProvider random = random(3);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += near.sampleNanos(random);
        }
        // the truncated sd is below 1 s; 5 SE of 1 s is 0.0112 s
        assertThat(sum / n).isCloseTo(near.meanNanos(), offset(0.0112e9));
    }

    @Test
    void inverseTransformDistributionsDrawExactlyOneDouble() {
        int[] draws = {0};
        UniformRandomProvider counting = () -> {
            draws[0]++;
            return 0x5DEECE66DL * draws[0];
        };
        new ExponentialDuration(S).sampleNanos(counting);
        new WeibullDuration(1.5, S).sampleNanos(counting);
        new ShiftedDuration(S, new ExponentialDuration(S)).sampleNanos(counting);
        assertThat(draws[0]).isEqualTo(3);
    }

    @Test
    void heavyTailsStopAtTheLargestDuration() {
        UniformRandomProvider nearOne = () -> -1L; // nextDouble() = 1 - 2^-53
        assertThat(new ExponentialDuration(Long.MAX_VALUE / 2).sampleNanos(nearOne)).isEqualTo(Draws.MAX_NANOS);
        assertThat(new ShiftedDuration(Draws.MAX_NANOS, new ExponentialDuration(S)).sampleNanos(nearOne))
                .isEqualTo(Draws.MAX_NANOS);
    }

    @Test
    void impossibleParametersAreNamed() {
        assertThatThrownBy(() -> new ExponentialDuration(0)).hasMessage("exponential: mean must be greater than 0, was 0 ns");
        assertThatThrownBy(() -> new LogNormalDuration(S, Double.NaN)).hasMessageContaining("lognormal: sigma");
        assertThatThrownBy(() -> new GammaDuration(-1, S)).hasMessageContaining("gamma: shape");
        assertThatThrownBy(() -> new WeibullDuration(2, -S)).hasMessageContaining("weibull: scale");
        assertThatThrownBy(() -> new NormalDuration(S, -1)).hasMessageContaining("normal: sd");
        assertThatThrownBy(() -> new ShiftedDuration(-1, new ExponentialDuration(S))).hasMessageContaining("shift");
        assertThatThrownBy(() -> new EmpiricalDuration(new long[0])).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new EmpiricalDuration(new long[] {5, -2})).hasMessageContaining("-2 ns");
    }

    @Test
    void empiricalDistributionsCompareByTheirObservations() {
        assertThat(new EmpiricalDuration(new long[] {2, 1})).isEqualTo(new EmpiricalDuration(new long[] {1, 2}))
                .hasSameHashCodeAs(new EmpiricalDuration(new long[] {1, 2}));
        assertThat(new EmpiricalDuration(new long[] {2, 1}).observationsNanos()).containsExactly(1, 2);
    }
}
