package dev.fleetcast.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

    @Test
    void matchesAHandComputedInterval() {
        // values 1..5: mean 3, s = sqrt(2.5), se = sqrt(0.5); t(0.975, 4) = 2.776445105.
        ConfidenceInterval ci = ConfidenceInterval.of(new double[] {1, 2, 3, 4, 5}, 0.95);

        assertThat(ci.n()).isEqualTo(5);
        assertThat(ci.mean()).isEqualTo(3.0);
        assertThat(ci.halfWidth()).isCloseTo(2.776445105 * Math.sqrt(0.5), within(1e-8));
    }

    @Test
    void leavesOutNaNsAndSaysWhenThereIsTooLittleData() {
        assertThat(ConfidenceInterval.of(new double[] {Double.NaN, 4}, 0.95).n()).isEqualTo(1);
        assertThat(ConfidenceInterval.of(new double[] {Double.NaN, 4}, 0.95).halfWidth()).isNaN();
        assertThat(ConfidenceInterval.of(new double[] {}, 0.95).mean()).isNaN();
    }

    /**
     * Coverage: 2000 intervals from 10 normal draws each should cover the true mean about 95%
     * of the time; the binomial standard deviation is sqrt(0.95 * 0.05 / 2000) = 0.49%, and
     * the bound of ±2% is 4 standard deviations (false-failure probability below 1e-4).
     */
    @Test
    void coversTheTrueMeanAtTheStatedRate() {
        SplittableRandom random = new SplittableRandom(8);
        int covered = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            double[] values = new double[10];
            for (int i = 0; i < values.length; i++) {
                values[i] = 7 + 2 * gaussian(random);
            }
            ConfidenceInterval ci = ConfidenceInterval.of(values, 0.95);
            if (ci.lower() <= 7 && 7 <= ci.upper()) {
                covered++;
            }
        }
        assertThat(covered / 2_000.0).isCloseTo(0.95, within(0.02));
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller, enough for a coverage check.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
