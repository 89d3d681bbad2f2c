package dev.fleetcast.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class UniformDurationTest {

    /** A commons-rng provider over a JDK generator, to keep model's tests free of rng-simple. */
    private static UniformRandomProvider random(long seed) {
        SplittableRandom source = new SplittableRandom(seed);
        return source::nextLong;
    }

    @Test
    void samplesStayInBoundsAndAverageToTheMean() {
        UniformDuration startup = new UniformDuration(20_000_000_000L, 40_000_000_000L);
        UniformRandomProvider random = random(1);
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            long sample = startup.sampleNanos(random);
            assertThat(sample).isBetween(20_000_000_000L, 40_000_000_000L);
            sum += sample;
        }
        // Standard error of the mean: (20 s / sqrt(12)) / sqrt(n) = 0.018 s; 5 standard
        // errors (0.09 s) is crossed by chance with probability below 1e-6.
        assertThat(sum / n).isCloseTo(startup.meanNanos(), offset(0.09e9));
        assertThat(startup.meanNanos()).isEqualTo(30e9);
    }

    @Test
    void aDegenerateRangeIsAConstantAndDrawsNothing() {
        UniformRandomProvider refusing = () -> {
            throw new AssertionError("no draw expected");
        };
        assertThat(new UniformDuration(5, 5).sampleNanos(refusing)).isEqualTo(5);
    }

    @Test
    void refusesImpossibleBoundsNamingThem() {
        assertThatThrownBy(() -> new UniformDuration(-1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1 ns");
        assertThatThrownBy(() -> new UniformDuration(10, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 ns").hasMessageContaining("10 ns");
    }
}
