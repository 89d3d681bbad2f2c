package dev.fleetcast.calibration.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.fleetcast.formats.DistributionSpecs;
import dev.fleetcast.model.distribution.DurationDistribution;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.WeibullDuration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our laws' densities and distribution functions against Commons Math's, and the record round trip. */
class FitLawsTest {

    private static final long S = 1_000_000_000L;

    static Stream<Arguments> laws() {
        return Stream.of(
                Arguments.of(new ExponentialDuration(2 * S), new ExponentialDistribution(null, 2)),
                // 10 s ± 1.5 s: 6.7 sd above zero, so the truncation changes nothing at 1e-10
                Arguments.of(new NormalDuration(10 * S, 1_500_000_000L), new NormalDistribution(null, 10, 1.5)),
                Arguments.of(new LogNormalDuration(8 * S, 0.5), new LogNormalDistribution(null, Math.log(8), 0.5)),
                Arguments.of(new GammaDuration(2.5, 4 * S), new GammaDistribution(null, 2.5, 4)),
                Arguments.of(new GammaDuration(0.7, 4 * S), new GammaDistribution(null, 0.7, 4)),
                Arguments.of(new WeibullDuration(1.5, 30 * S), new WeibullDistribution(null, 1.5, 30)));
    }

    /** Agreement to 1e-10 relative: both are double-precision evaluations of the same formulas. */
    @ParameterizedTest
    @MethodSource("laws")
    void densityAndDistributionFunctionMatchCommonsMath(DurationDistribution distribution, RealDistribution reference) {
        Law law = Laws.of(distribution);
        for (double p : new double[] {0.001, 0.05, 0.3, 0.5, 0.7, 0.95, 0.999}) {
            double x = reference.inverseCumulativeProbability(p);
            assertThat(law.logDensity(x)).as("ln f at p=%s", p)
                    .isCloseTo(Math.log(reference.density(x)), offset(1e-10 * Math.max(1, Math.abs(Math.log(reference.density(x))))));
            assertThat(law.cdf(x)).as("F at p=%s", p).isCloseTo(reference.cumulativeProbability(x), offset(1e-10));
            assertThat(law.sf(x)).as("1 - F at p=%s", p).isCloseTo(1 - reference.cumulativeProbability(x), offset(1e-10));
        }
        assertThat(law.cdf(0)).isZero();
        assertThat(law.sf(0)).isEqualTo(1);
        assertThat(law.logDensity(-1)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void theNormalIsTruncatedAtZeroAsModelDrawsIt() {
        // location 1 s, sd 1 s: Φ(−1) = 0.158655 of the normal lies below 0 and is redrawn, so
        // density and distribution are divided by 1 − Φ(−1) = 0.841345
        Law law = Laws.of(new NormalDuration(S, S));
        NormalDistribution untruncated = new NormalDistribution(null, 1, 1);
        double kept = 1 - untruncated.cumulativeProbability(0);
        assertThat(kept).isCloseTo(0.841345, offset(1e-6));
        assertThat(law.logDensity(1.5)).isCloseTo(Math.log(untruncated.density(1.5) / kept), offset(1e-12));
        assertThat(law.cdf(1.5)).isCloseTo((untruncated.cumulativeProbability(1.5) - (1 - kept)) / kept, offset(1e-12));
        assertThat(law.sf(1.5)).isCloseTo((1 - untruncated.cumulativeProbability(1.5)) / kept, offset(1e-12));
        assertThat(law.logDensity(-0.1)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aShiftMovesTheLawRight() {
        Law law = Laws.of(new ShiftedDuration(20 * S, new ExponentialDuration(5 * S)));
        assertThat(law.cdf(20)).isZero();
        assertThat(law.cdf(25)).isCloseTo(1 - Math.exp(-1), offset(1e-15));
        assertThat(law.logDensity(19.999)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    /** What a fit hands to formats is written and read back unchanged, and its parameters are named as the spec names them. */
    @Test
    void fittedRecordsRoundTripThroughTheSpecSyntax() {
        double[] sample = {21.3, 22.8, 24.1, 25.0, 26.7, 28.2, 31.9, 35.5, 40.2, 52.0, 23.3, 27.4};
        for (Family family : Family.values()) {
            for (boolean shifted : new boolean[] {false, true}) {
                if (shifted && !family.shiftable()) {
                    continue;
                }
                double[] sorted = sample.clone();
                Arrays.sort(sorted);
                DurationDistribution fit = Candidates.fit(family, shifted, sorted);
                assertThat(DistributionSpecs.parse(DistributionSpecs.describe(fit))).as(family + " shifted=" + shifted)
                        .isEqualTo(fit);
                assertThat(DistributionSpecs.describe(fit)).startsWith(family.specName() + "(");
                for (Parameter parameter : FittedParameters.of(fit)) {
                    assertThat(DistributionSpecs.describe(fit)).contains(parameter.name() + "=");
                }
            }
        }
    }
}
