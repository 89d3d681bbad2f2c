package dev.fleetcast.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link DurationDistribution#cdf}: values worked out by hand, and agreement with the draws. */
class DistributionFunctionTest {

    private static final long S = 1_000_000_000L;

    /** 1 − 1/e: the exponential at its mean, the Weibull at its scale. */
    private static final double ONE_MINUS_INVERSE_E = 0.6321205588285577;

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(new ExponentialDuration(2 * S), 2e9, ONE_MINUS_INVERSE_E),
                Arguments.of(new ExponentialDuration(2 * S), 0.0, 0.0),
                // a normal 6 sd above zero: truncation moves Φ(0) = 0.5 by about 5e-10
                Arguments.of(new NormalDuration(30 * S, 5 * S), 30e9, 0.5),
                // N(1 s, 1 s) truncated at 0, at 1 s: (Φ(0) − Φ(−1)) / (1 − Φ(−1)) (computed with erfc in Python)
                Arguments.of(new NormalDuration(S, S), 1e9, 0.40571329132746986),
                Arguments.of(new NormalDuration(S, S), -1.0, 0.0),
                Arguments.of(new NormalDuration(S, 0), 1e9, 1.0),
                Arguments.of(new NormalDuration(S, 0), 1e9 - 1, 0.0),
                Arguments.of(new LogNormalDuration(8 * S, 0.4), 8e9, 0.5),
                // gamma k = 2 is Erlang: P(2, x) = 1 − e^−x (1 + x); at x = 1, 1 − 2/e
                Arguments.of(new GammaDuration(2, 4 * S), 4e9, 0.26424111765711533),
                // gamma k = 1 is the exponential
                Arguments.of(new GammaDuration(1, 4 * S), 4e9, ONE_MINUS_INVERSE_E),
                Arguments.of(new WeibullDuration(1.5, 30 * S), 30e9, ONE_MINUS_INVERSE_E),
                Arguments.of(new ShiftedDuration(20 * S, new ExponentialDuration(5 * S)), 25e9, ONE_MINUS_INVERSE_E),
                Arguments.of(new ShiftedDuration(20 * S, new ExponentialDuration(5 * S)), 19e9, 0.0),
                // ten whole nanoseconds 10..19, each 1/10
                Arguments.of(new UniformDuration(10, 19), 9.99, 0.0),
                Arguments.of(new UniformDuration(10, 19), 10.0, 0.1),
                Arguments.of(new UniformDuration(10, 19), 14.5, 0.5),
                Arguments.of(new UniformDuration(10, 19), 19.0, 1.0),
                Arguments.of(new UniformDuration(30 * S, 30 * S), 30e9, 1.0),
                Arguments.of(new UniformDuration(30 * S, 30 * S), 29e9, 0.0),
                Arguments.of(new EmpiricalDuration(new long[] {3 * S, S, 10 * S, 2 * S}), 2e9, 0.5),
                Arguments.of(new EmpiricalDuration(new long[] {3 * S, S, 10 * S, 2 * S}), 0.5e9, 0.0),
                Arguments.of(new EmpiricalDuration(new long[] {3 * S, S, 10 * S, 2 * S}), 10e9, 1.0));
    }

    @ParameterizedTest
    @MethodSource("values")
    void matchesTheValueWorkedOutByHand(DurationDistribution distribution, double nanos, double expected) {
        assertThat(distribution.cdf(nanos)).isCloseTo(expected, offset(1e-9));
    }

    static Stream<DurationDistribution> distributions() {
        return Stream.of(new ExponentialDuration(2 * S), new NormalDuration(S, S), new NormalDuration(30 * S, 5 * S),
                new LogNormalDuration(8 * S, 0.4), new GammaDuration(0.5, 4 * S), new GammaDuration(2.5, 4 * S),
                new WeibullDuration(1.5, 30 * S), new ShiftedDuration(20 * S, new LogNormalDuration(8 * S, 0.4)),
                new UniformDuration(20 * S, 40 * S), new EmpiricalDuration(new long[] {3 * S, S, 10 * S, 2 * S}));
    }

    /**
     * The function describes what {@code sampleNanos} draws: the largest gap between the
     * empirical function of 20,000 draws and {@code cdf}, at every draw, stays below the
     * Dvoretzky–Kiefer–Wolfowitz bound ε = √(ln(2/α) / 2n) with α = 10⁻⁶ — crossed by chance
     * with probability below 10⁻⁶ per case, for continuous and discrete laws alike.
     */
    @ParameterizedTest
    @MethodSource("distributions")
    void agreesWithTheDraws(DurationDistribution distribution) {
        SplittableRandom source = new SplittableRandom(11);
        UniformRandomProvider random = source::nextLong;
        int n = 20_000;
        long[] draws = new long[n];
        for (int i = 0; i < n; i++) {
            draws[i] = distribution.sampleNanos(random);
        }
        Arrays.sort(draws);
        double gap = 0;
        for (int i = 0; i < n; i++) {
            if (i + 1 < n && draws[i + 1] == draws[i]) {
                continue; // compare at the last of equal draws, where the empirical function has its step
            }
            // Draws are whole nanoseconds: compare at x + 0.5 so a continuous law's mass rounded to x is counted.
            double f = distribution.cdf(draws[i] + 0.5);
            gap = Math.max(gap, Math.abs((i + 1.0) / n - f));
            double before = distribution.cdf(draws[i] - 0.5);
            int below = lowerBound(draws, draws[i]);
            gap = Math.max(gap, Math.abs((double) below / n - before));
        }
        double bound = Math.sqrt(Math.log(2 / 1e-6) / (2.0 * n));
        assertThat(gap).isLessThan(bound);
    }

    @ParameterizedTest
    @MethodSource("distributions")
    void risesFromZeroToOne(DurationDistribution distribution) {
        assertThat(distribution.cdf(-1)).isZero();
        assertThat(distribution.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(distribution.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(distribution.cdf(Double.NaN)).isNaN();
        double previous = 0;
        for (double seconds = 0; seconds < 200; seconds += 0.25) {
            double value = distribution.cdf(seconds * S);
            assertThat(value).isBetween(previous, 1.0);
            previous = value;
        }
    }

    @Test
    void aShiftedLawIsZeroBelowItsFloor() {
        DurationDistribution shifted = new ShiftedDuration(20 * S, new GammaDuration(2.5, 4 * S));
        assertThat(shifted.cdf(20e9)).isZero();
        assertThat(shifted.cdf(30e9)).isEqualTo(new GammaDuration(2.5, 4 * S).cdf(10e9));
    }

    private static int lowerBound(long[] sorted, long value) {
        int index = Arrays.binarySearch(sorted, value);
        while (index > 0 && sorted[index - 1] == value) {
            index--;
        }
        return index;
    }
}
