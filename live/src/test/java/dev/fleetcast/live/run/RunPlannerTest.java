package dev.fleetcast.live.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.model.scenario.PlatformScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunPlannerTest {

    @Test
    void steadyCreationGivesOneDevicePerIntervalNamedAsTheSimulatorNamesThem() {
        PlatformScenario scenario = Scenarios.steady(5, 2, "");
        RunPlan plan = RunPlanner.plan(scenario, "lab", "run-1", 7);
        assertThat(plan.devices()).extracting(PlannedDevice::name)
                .containsExactly("device-1", "device-2", "device-3", "device-4", "device-5");
        assertThat(plan.devices()).extracting(PlannedDevice::atNanos)
                .containsExactly(0L, 20_000_000L, 40_000_000L, 60_000_000L, 80_000_000L);
        assertThat(plan.gateways()).extracting(PlannedGateway::name).containsExactly("gateway-1", "gateway-2");
        assertThat(plan.gateways()).extracting(PlannedGateway::endpoint)
                .containsExactly("fleetcast-gw-gateway-1.lab.svc:8443", "fleetcast-gw-gateway-2.lab.svc:8443");
        assertThat(plan.gateways()).allSatisfy(g -> assertThat(g.atNanos()).isZero());
    }

    @Test
    void poissonScheduleIsTheSameForTheSameSeedAndDiffersForAnother() {
        PlatformScenario scenario = Scenarios.read("devices: 200\ncreation: {kind: poisson, start: 5s, meanInterval: 2s}\n"
                + "gateways: 3\ncontroller: {policy: round-robin, discipline: ledger}\nduration: 2h\n");
        List<Long> first = times(RunPlanner.plan(scenario, "ns", "r", 42));
        List<Long> again = times(RunPlanner.plan(scenario, "ns", "r", 42));
        List<Long> other = times(RunPlanner.plan(scenario, "ns", "r", 43));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).hasSize(200).isSorted();
        assertThat(first.get(0)).isEqualTo(5_000_000_000L);
        // 199 exponential gaps of mean 2 s: their mean lies within 4 standard errors (0.57 s) of 2 s
        // (false failure rate below 1e-4).
        double meanGap = (first.get(199) - first.get(0)) / 199.0 / 1e9;
        assertThat(meanGap).isBetween(2 - 0.57, 2 + 0.57);
    }

    @Test
    void burstsAndDurationFollowTheScenario() {
        PlatformScenario scenario = Scenarios.read("devices: 10\ncreation: {kind: bursts, start: 1s, size: 4, interval: 10s}\n"
                + "gateways: 2\ncontroller: {policy: round-robin, discipline: ledger}\nduration: 15s\n");
        RunPlan plan = RunPlanner.plan(scenario, "ns", "r", 1);
        // bursts at 1 s (4) and 11 s (4); the third at 21 s is after the 15 s duration
        assertThat(plan.devices()).hasSize(8);
        assertThat(plan.devices().stream().filter(d -> d.atNanos() == 1_000_000_000L)).hasSize(4);
        assertThat(plan.devices().stream().filter(d -> d.atNanos() == 11_000_000_000L)).hasSize(4);
    }

    @Test
    void deleteFaultsAreAppliedAddDelaysAGatewayAndOthersAreSkippedSayingWhy() {
        PlatformScenario scenario = Scenarios.steady(3, 3, "  - {at: 30s, gateway: gateway-1, kind: delete}\n"
                + "  - {at: 20s, gateway: gateway-3, kind: add}\n"
                + "  - {at: 40s, gateway: gateway-2, kind: kill}\n"
                + "  - {at: 50s, gateway: gateway-2, kind: partition, duration: 10s}\n");
        RunPlan plan = RunPlanner.plan(scenario, "ns", "r", 1);
        assertThat(plan.faults()).singleElement().satisfies(f -> {
            assertThat(f.gateway()).isEqualTo("gateway-1");
            assertThat(f.atNanos()).isEqualTo(30_000_000_000L);
        });
        assertThat(plan.gateways()).extracting(PlannedGateway::atNanos).containsExactly(0L, 0L, 20_000_000_000L);
        assertThat(plan.skipped()).hasSize(2);
        assertThat(plan.skipped().get(0)).contains("kill of gateway-2 at 40.000s", "skipped");
        assertThat(plan.skipped().get(1)).contains("partition of gateway-2", "skipped");
        assertThat(plan.lastActionNanos()).isEqualTo(30_000_000_000L);
    }

    private static List<Long> times(RunPlan plan) {
        return plan.devices().stream().map(PlannedDevice::atNanos).toList();
    }
}
