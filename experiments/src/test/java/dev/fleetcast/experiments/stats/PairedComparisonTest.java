package dev.fleetcast.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class PairedComparisonTest {

    @Test
    void matchesHandComputedIntervals() {
        // A = B + 1 + small noise: differences 1.1, 0.9, 1.0, 1.2, 0.8 → mean 1.0, s = 0.1581,
        // se = 0.0707, t(0.975, 4) = 2.7764 → paired half-width 0.1963
        double[] b = {10, 20, 30, 40, 50};
        double[] a = {11.1, 20.9, 31.0, 41.2, 50.8};
        PairedComparison c = PairedComparison.of(a, b, 0.95);

        assertThat(c.n()).isEqualTo(5);
        assertThat(c.difference()).isCloseTo(1.0, offset(1e-12));
        assertThat(c.pairedHalfWidth()).isCloseTo(2.7764 * 0.1581 / Math.sqrt(5), offset(1e-3));
        // unpaired: each sample's sd is about 15.8, so Welch's half-width is about 23: the
        // pairing removes what the seeds share
        assertThat(c.unpairedHalfWidth()).isGreaterThan(20);
        assertThat(c.narrowing()).isGreaterThan(100);
    }

    @Test
    void leavesOutPairsWithAMissingValue() {
        PairedComparison c = PairedComparison.of(new double[] {1, Double.NaN, 3}, new double[] {0, 5, 1}, 0.95);
        assertThat(c.n()).isEqualTo(2);
        assertThat(c.meanA()).isEqualTo(2);
        assertThat(c.meanB()).isEqualTo(0.5);
    }
}
