package dev.fleetcast.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.model.distribution.EmpiricalDuration;
import dev.fleetcast.model.distribution.ExponentialDuration;
import dev.fleetcast.model.distribution.GammaDuration;
import dev.fleetcast.model.distribution.LogNormalDuration;
import dev.fleetcast.model.distribution.NormalDuration;
import dev.fleetcast.model.distribution.ShiftedDuration;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.distribution.WeibullDuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DistributionSpecsTest {

    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    @Test
    void readsEveryForm() {
        assertThat(DistributionSpecs.parse("30s")).isEqualTo(new UniformDuration(30 * S, 30 * S));
        assertThat(DistributionSpecs.parse(" uniform(20s, 40s) ")).isEqualTo(new UniformDuration(20 * S, 40 * S));
        assertThat(DistributionSpecs.parse("exponential(mean=2s)")).isEqualTo(new ExponentialDuration(2 * S));
        assertThat(DistributionSpecs.parse("normal(sd=15ms, mean=112ms)")).isEqualTo(new NormalDuration(112 * MS, 15 * MS));
        assertThat(DistributionSpecs.parse("lognormal(median=8s, sigma=0.4, shift=20s)"))
                .isEqualTo(new ShiftedDuration(20 * S, new LogNormalDuration(8 * S, 0.4)));
        assertThat(DistributionSpecs.parse("gamma(shape=2.5, scale=4s)")).isEqualTo(new GammaDuration(2.5, 4 * S));
        assertThat(DistributionSpecs.parse("weibull(shape=1.5,scale=30s,shift=0s)"))
                .isEqualTo(new ShiftedDuration(0, new WeibullDuration(1.5, 30 * S)));
        assertThat(DistributionSpecs.parse("empirical(33s, 21s, 24.5s)"))
                .isEqualTo(new EmpiricalDuration(new long[] {21 * S, 24_500 * MS, 33 * S}));
    }

    /** What a calibration writes must read back as the very same distribution. */
    @ParameterizedTest
    @ValueSource(strings = {"30s", "0s", "uniform(20s, 40s)", "exponential(mean=2500ms)", "normal(mean=112ms, sd=15ms)",
        "lognormal(median=8123456789ns, sigma=0.4123456789012345)", "lognormal(median=8s, sigma=2, shift=20s)",
        "gamma(shape=0.75, scale=4s, shift=1ms)", "weibull(shape=1.5, scale=30s)", "weibull(shape=1.0E-4, scale=1ns)",
        "empirical(21s, 24500ms, 33s)", "empirical(1h)"})
    void describingAndReadingBackIsTheIdentity(String spec) {
        assertThat(DistributionSpecs.describe(DistributionSpecs.parse(spec))).isEqualTo(spec);
        assertThat(DistributionSpecs.parse(DistributionSpecs.describe(DistributionSpecs.parse(spec))))
                .isEqualTo(DistributionSpecs.parse(spec));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "triangular(1s, 2s)|unknown distribution \"triangular\"; allowed: a duration, uniform(MIN, MAX)",
        "exponential(2s)|exponential takes named parameters, found \"2s\"; write exponential(mean=…, [shift=…])",
        "exponential(mean=2s, rate=3)|exponential has no parameter \"rate\"",
        "gamma(shape=2)|gamma needs \"scale\"; write gamma(scale=…, shape=…, [shift=…])",
        "gamma(shape=two, scale=1s)|gamma shape: \"two\" is not a number",
        "lognormal(median=8, sigma=1)|lognormal median: a duration needs a unit",
        "normal(mean=1s, sd=1s, shift=2s)|normal has no parameter \"shift\"",
        "weibull(shape=1, shape=2, scale=1s)|weibull names \"shape\" twice",
        "weibull(shape=-1, scale=1s)|weibull: shape must be a finite number greater than 0, was -1.0",
        "empirical()|empirical needs at least one observed duration",
        "empirical(1s, 5)|empirical observation 2 \"5\": a duration needs a unit",
        "uniform(3s, 1s)|uniform's max is below its min",
        "uniform(1s, 2s|lacks its closing parenthesis"})
    void refusesMalformedSpecsSayingWhatIsAllowed(String spec, String message) {
        assertThatThrownBy(() -> DistributionSpecs.parse(spec))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
