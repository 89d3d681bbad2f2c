package dev.fleetcast.experiments.observed;

import static dev.fleetcast.model.timeline.DeviceEventKind.CREATED;
import static dev.fleetcast.model.timeline.DeviceEventKind.ENROLLED;
import static dev.fleetcast.model.timeline.DeviceEventKind.GATEWAY_LOST;
import static dev.fleetcast.model.timeline.DeviceEventKind.REASSIGNED;
import static dev.fleetcast.model.timeline.DeviceEventKind.RE_ENROLLED;
import static dev.fleetcast.model.timeline.DeviceEventKind.UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.model.result.GatewaySample;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.GatewaySeries;
import dev.fleetcast.model.trace.Trace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Observed figures of traces built from known event lists, each figure computed by hand. The
 * duration statistics go through the result files' HdrHistogram summary (three significant
 * digits), so the hand values are checked to 0.1%; the max is exact.
 */
class ObservedFiguresTest {

    static final long S = 1_000_000_000L;

    static final String SCENARIO = """
            schemaVersion: 1
            name: two-gateways
            seed: 3
            replications: 3
            devices: 3
            creation: {kind: steady, start: 0s, interval: 1s}
            gateways: 2
            controller: {policy: round-robin, discipline: ledger, workers: 2}
            faults:
              - {at: 100s, gateway: gateway-1, kind: kill}
            duration: 5m
            """;

    static PlatformScenario scenario(String yaml) {
        return new ScenarioReader().read("test.yaml", yaml).scenario();
    }

    static DeviceEvent at(double seconds, String device, DeviceEventKind kind, String gateway) {
        return new DeviceEvent(Math.round(seconds * S), device, kind, gateway);
    }

    /**
     * Three devices on two gateways; gateway-1 (devices 1 and 3) is lost at 100 s.
     * Enrollment: 2, 4, 1 s. Detection: 10, 20 s. Recovery: 15, 30 s. Moves: 2.
     * Final samples: gateway-1 0, gateway-2 3.
     */
    static Trace handTrace(String scenario) {
        List<DeviceEvent> events = new ArrayList<>(List.of(
                at(0, "device-1", CREATED, ""), at(2, "device-1", ENROLLED, "gateway-1"),
                at(1, "device-2", CREATED, ""), at(5, "device-2", ENROLLED, "gateway-2"),
                at(2, "device-3", CREATED, ""), at(3, "device-3", ENROLLED, "gateway-1"),
                at(100, "device-1", GATEWAY_LOST, "gateway-1"), at(110, "device-1", UNREACHABLE, "gateway-1"),
                at(111, "device-1", REASSIGNED, "gateway-2"), at(115, "device-1", RE_ENROLLED, "gateway-2"),
                at(100, "device-3", GATEWAY_LOST, "gateway-1"), at(120, "device-3", UNREACHABLE, "gateway-1"),
                at(121, "device-3", REASSIGNED, "gateway-2"), at(130, "device-3", RE_ENROLLED, "gateway-2")));
        events.sort(Comparator.comparingLong(DeviceEvent::timeNanos));
        GatewaySeries samples = new GatewaySeries(List.of("gateway-1", "gateway-2"), List.of(
                new GatewaySample(0, new int[] {0, 0}), new GatewaySample(10 * S, new int[] {2, 1}),
                new GatewaySample(290 * S, new int[] {0, 3})));
        return new Trace(scenario, "built by hand in a test", "", events, List.of(), samples, List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void everyFigureOfAHandBuiltTraceMatchesItsHandComputedValue() {
        RunFigures figures = ObservedFigures.of(handTrace("two-gateways"), scenario(SCENARIO));

        assertSeconds(figures, "enrollment-latency-median", 2);
        assertSeconds(figures, "enrollment-latency-p95", 4);
        assertThat(figures.value("enrollment-latency-max").getAsDouble()).isEqualTo(4.0);
        // Two detections, 10 and 20 s: the histogram's median of two is the lower one.
        assertSeconds(figures, "detection-time-median", 10);
        assertSeconds(figures, "detection-time-p95", 20);
        assertThat(figures.value("detection-time-max").getAsDouble()).isEqualTo(20.0);
        assertSeconds(figures, "failover-recovery-median", 15);
        assertSeconds(figures, "failover-recovery-p95", 30);
        assertThat(figures.value("failover-recovery-max").getAsDouble()).isEqualTo(30.0);
        assertThat(figures.value("devices-moved").getAsDouble()).isEqualTo(2);
        assertThat(figures.finalCounts()).contains(Map.of("gateway-1", 0, "gateway-2", 3));
        // gateway-1 is killed by the scenario, so the imbalance is over gateway-2 alone.
        assertThat(figures.value("imbalance-max-minus-min").getAsDouble()).isZero();
        assertThat(figures.scalars().keySet()).containsExactlyElementsOf(
                RunFigures.DEFINITIONS.stream().map(RunFigures.Definition::name).toList());
    }

    @Test
    void withoutTheKillTheImbalanceCountsBothGateways() {
        PlatformScenario noFault = scenario(SCENARIO.replace("faults:\n  - {at: 100s, gateway: gateway-1, kind: kill}\n",
                ""));

        RunFigures figures = ObservedFigures.of(handTrace("two-gateways"), noFault);

        assertThat(figures.value("imbalance-max-minus-min").getAsDouble()).isEqualTo(3); // 3 - 0
    }

    @Test
    void aTraceWithoutSamplesHasNoFinalCountsAndNoImbalanceRatherThanZeros() {
        Trace full = handTrace("two-gateways");
        Trace noSamples = Trace.ofTimeline("two-gateways", full.timeline());

        RunFigures figures = ObservedFigures.of(noSamples, scenario(SCENARIO));

        assertThat(figures.finalCounts()).isEmpty();
        assertThat(figures.value("imbalance-max-minus-min")).isEmpty();
        assertThat(figures.value("devices-moved")).isPresent();
    }

    @Test
    void aTraceWithoutDeviceEventsObservedNoDurationAndNoMove() {
        Trace full = handTrace("two-gateways");
        Trace onlySamples = new Trace("two-gateways", "", "", List.of(), List.of(), full.gatewaySamples(), List.of(),
                List.of(), List.of(), List.of());

        RunFigures figures = ObservedFigures.of(onlySamples, scenario(SCENARIO));

        assertThat(figures.scalars().keySet()).containsExactly("imbalance-max-minus-min");
    }

    @Test
    void aRunWithoutFailoverHasNoFailoverFiguresButItsMovesAreZero() {
        List<DeviceEvent> enrolOnly = handTrace("two-gateways").timeline().stream()
                .filter(e -> e.kind() == CREATED || e.kind() == ENROLLED).toList();

        RunFigures figures = ObservedFigures.of(Trace.ofTimeline("two-gateways", enrolOnly), scenario(SCENARIO));

        assertThat(figures.value("failover-recovery-median")).isEmpty();
        assertThat(figures.value("detection-time-max")).isEmpty();
        assertThat(figures.value("devices-moved").getAsDouble()).isZero();
    }

    @Test
    void inServiceAtTheEndLeavesOutKilledStillRestartingAndNotYetAddedGateways() {
        PlatformScenario faults = scenario(SCENARIO.replace("gateways: 2", "gateways: 5").replace(
                "  - {at: 100s, gateway: gateway-1, kind: kill}\n",
                "  - {at: 100s, gateway: gateway-1, kind: kill}\n"
                        + "  - {at: 100s, gateway: gateway-2, kind: restart, duration: 10s}\n"
                        + "  - {at: 290s, gateway: gateway-3, kind: restart, duration: 30s}\n"
                        + "  - {at: 100s, gateway: gateway-4, kind: partition, duration: 1h}\n"));

        assertThat(RunFigures.inServiceAtEnd(faults)).containsExactlyInAnyOrder("gateway-2", "gateway-4", "gateway-5");
    }

    private static void assertSeconds(RunFigures figures, String name, double seconds) {
        assertThat(figures.value(name)).as(name).isPresent();
        assertThat(figures.value(name).getAsDouble()).as(name).isCloseTo(seconds, within(seconds * 1e-3));
    }
}
