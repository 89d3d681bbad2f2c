package dev.fleetcast.experiments.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fleetcast.formats.comparison.PredictionBand;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BandsTest {

    /** 1 … n in a scrambled order, so that nothing depends on the input being sorted. */
    private static double[] oneTo(int n) {
        return IntStream.range(0, n).map(i -> (i * 7 + 3) % n + 1).asDoubleStream().toArray();
    }

    @Test
    void fortyReplicationsGiveTheExtremesWithCoverageThirtyNineOverFortyOne() {
        PredictionBand band = Bands.of(oneTo(40));

        assertThat(band.replications()).isEqualTo(40);
        assertThat(band.orderStatistic()).isEqualTo(1);
        assertThat(band.extremes()).isTrue();
        assertThat(band.low()).isEqualTo(1);
        assertThat(band.high()).isEqualTo(40);
        assertThat(band.median()).isEqualTo(20.5); // (20 + 21) / 2
        assertThat(band.coverage()).isCloseTo(39.0 / 41, within(1e-12));
    }

    @Test
    void seventyNineReplicationsDropOneValueAtEachEndForExactlyNinetyFivePercent() {
        PredictionBand band = Bands.of(oneTo(79));

        assertThat(band.orderStatistic()).isEqualTo(2); // floor(80 / 40)
        assertThat(band.low()).isEqualTo(2);
        assertThat(band.high()).isEqualTo(78);
        assertThat(band.median()).isEqualTo(40);
        assertThat(band.coverage()).isCloseTo(0.95, within(1e-12)); // (80 - 4) / 80
    }

    @Test
    void fewerThanThirtyNineReplicationsUseTheExtremesAndSayTheCoverageIsBelowNinetyFivePercent() {
        PredictionBand band = Bands.of(oneTo(10));

        assertThat(band.extremes()).isTrue();
        assertThat(band.low()).isEqualTo(1);
        assertThat(band.high()).isEqualTo(10);
        assertThat(band.coverage()).isCloseTo(9.0 / 11, within(1e-12));
        assertThat(LiveComparisons.bandNote(10)).contains("fewer than 40", "extreme order statistics", "81.8%");
        assertThat(LiveComparisons.bandNote(40)).contains("40 replications", "extreme order statistics", "95.1%")
                .doesNotContain("fewer");
    }

    @Test
    void oneReplicationIsABandOfOnePointThatCoversNothing() {
        PredictionBand band = Bands.of(new double[] {3.5});

        assertThat(band.low()).isEqualTo(3.5);
        assertThat(band.high()).isEqualTo(3.5);
        assertThat(band.coverage()).isZero();
    }

    @Test
    void percentileRankCountsTiesAsHalfBelow() {
        double[] values = {3, 2, 1, 2};

        assertThat(Bands.percentileRank(values, 2)).isEqualTo(50); // 100 (1 + 2/2) / 4
        assertThat(Bands.percentileRank(values, 3)).isEqualTo(87.5); // 100 (3 + 1/2) / 4
        assertThat(Bands.percentileRank(values, 1)).isEqualTo(12.5); // 100 (0 + 1/2) / 4
        assertThat(Bands.percentileRank(values, 2.5)).isEqualTo(75); // 3 below, none equal
        assertThat(Bands.percentileRank(new double[] {5, 5, 5}, 5)).isEqualTo(50);
    }

    @Test
    void anObservedValueBeyondEveryReplicationRanksZeroOrHundredAndFallsOutside() {
        double[] values = oneTo(40);
        PredictionBand band = Bands.of(values);

        assertThat(Bands.percentileRank(values, 0.5)).isZero();
        assertThat(Bands.percentileRank(values, 41)).isEqualTo(100);
        assertThat(band.contains(0.5)).isFalse();
        assertThat(band.contains(41)).isFalse();
        assertThat(band.contains(1)).isTrue(); // the ends belong to the band
        assertThat(band.contains(40)).isTrue();
    }

    @Test
    void refusesNoValuesAndNonFiniteOnes() {
        assertThatThrownBy(() -> Bands.of(new double[0])).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Bands.of(new double[] {1, Double.NaN})).hasMessageContaining("finite");
        assertThatThrownBy(() -> Bands.percentileRank(new double[0], 1)).hasMessageContaining("at least one");
    }
}
