package dev.fleetcast.experiments.inverse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.experiments.demo.BuiltInScenarios;
import dev.fleetcast.experiments.run.ReplicationRunner;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.scenario.ReadMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class InverseCalibrationTest {

    private final PlatformScenario base = BuiltInScenarios.load("enrollment-least-connections-naive").scenario();
    private final List<ObservedSplit> observed = ObservedSplit.WASMBED_LEAST_CONNECTIONS;

    @Test
    void distancesAndBandsAreAsDefined() {
        ObservedSplit split = new ObservedSplit("test", List.of(12, 28));
        assertThat(split.sorted()).containsExactly(28, 12);
        // |28 − 20| + |12 − 20| = 16 over 40 devices
        assertThat(split.distance(new int[] {20, 20})).isEqualTo(0.4);
        assertThat(split.distance(new int[] {28, 12})).isZero();

        // 20 simulated splits: the largest rank runs 20..39, the other 1..20; the nearest-rank 5th percentile is the
        // 1st value, the median the 10th, the 95th the 19th
        List<int[]> simulated = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            simulated.add(new int[] {20 + i, 20 - i});
        }
        SplitBand band = SplitBand.of(split, simulated);
        assertThat(band.lower()).containsExactly(20, 1);
        assertThat(band.median()).containsExactly(29, 10);
        assertThat(band.upper()).containsExactly(38, 19);
        assertThat(band.inside()).isTrue();
        assertThat(SplitBand.of(new ObservedSplit("far", List.of(40, 0)), simulated).inside()).isFalse();
    }

    @Test
    void keepsTheClosestDrawsAndGivesTheSameReportForAnyThreadCount() {
        InverseCalibration.Settings settings = new InverseCalibration.Settings(12, 3, 4, 7, Prior.DEFAULT);

        InverseCalibration.Report one = InverseCalibration.run(base, observed.subList(0, 2), observed.subList(2, 3),
                settings, new ReplicationRunner(1), (done, total) -> { });
        InverseCalibration.Report two = InverseCalibration.run(base, observed.subList(0, 2), observed.subList(2, 3),
                settings, new ReplicationRunner(2), (done, total) -> { });

        assertThat(one.accepted()).hasSize(4).isSortedAccordingTo(
                Comparator.comparingDouble(InverseCalibration.Candidate::distance));
        assertThat(one.accepted()).isEqualTo(two.accepted());
        assertThat(one.fitted()).hasSize(2).allSatisfy(b -> assertThat(b.simulations()).isEqualTo(12));
        assertThat(one.validation()).hasSize(1);
        assertThat(one.validation().get(0).lower()).isEqualTo(two.validation().get(0).lower());
        assertThat(one.validation().get(0).upper()).isEqualTo(two.validation().get(0).upper());
        // every simulated fleet is whole: the median ranks of 60/3 sum to about 60
        assertThat(one.accepted().get(0).distance()).isNotNegative();
    }

    @Test
    void aConfiguredScenarioCarriesTheKnobs() {
        LagParameters knobs = new LagParameters(2_000_000_000L, 6, 500_000_000L,
                ReadMode.LIST);
        PlatformScenario scenario = InverseCalibration.configured(base, observed.get(0), knobs);
        assertThat(scenario.devices()).isEqualTo(40);
        assertThat(scenario.gateways()).hasSize(2);
        assertThat(scenario.controller().workers()).isEqualTo(6);
        assertThat(scenario.latencies().watchDelay().meanNanos()).isEqualTo(2e9);
        // created every 0.5 s from 35 s: the last at 55 s; the run lasts at least 3 minutes past it
        assertThat(scenario.durationNanos()).isGreaterThanOrEqualTo(235_000_000_000L);
    }
}
