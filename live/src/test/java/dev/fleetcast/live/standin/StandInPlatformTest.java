package dev.fleetcast.live.standin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.formats.foreign.ObservationReader;
import dev.fleetcast.formats.scenario.ScenarioReader;
import dev.fleetcast.formats.trace.TraceReader;
import dev.fleetcast.live.run.LiveRun;
import dev.fleetcast.live.run.LiveRunOptions;
import dev.fleetcast.live.run.RunClock;
import dev.fleetcast.live.run.RunObjects;
import dev.fleetcast.live.run.RunOutcome;
import dev.fleetcast.live.run.RunPlan;
import dev.fleetcast.live.run.RunPlanner;
import dev.fleetcast.live.run.view.RunView;
import dev.fleetcast.model.distribution.UniformDuration;
import dev.fleetcast.model.observed.ObservedQuantities;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.Trace;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform end to end on loopback: the stand-in API server and kubelet, real gateway
 * servers (mutual TLS, WASMBED's protocol), fleetcast's controllers deciding with model's policy
 * and discipline, device agents enrolling, and {@code LiveRun} creating the scenario's objects and
 * recording the trace. Nothing here is simulated except the cluster itself.
 */
class StandInPlatformTest {

    private static final long MS = 1_000_000L;
    private static final String NS = "default";

    @TempDir
    Path dir;

    /** Gateways become ready 150–300 ms after their Deployment: quick, and not all at once. */
    private StandInPlatform start(PlatformScenario scenario) throws Exception {
        return StandInPlatform.start(new StandInPlatform.Settings(NS, scenario.controller(), scenario.heartbeat(),
                new UniformDuration(150 * MS, 300 * MS), 7, dir.resolve("certs")), Clock.systemUTC());
    }

    private static PlatformScenario scenario(String discipline, String faults) {
        // Devices from 3 s: by then every gateway is Running, so placement is the policy's, not the rollout's.
        return new ScenarioReader().read("e2e.yaml", "schemaVersion: 1\nname: stand-in-e2e\n"
                + "devices: 100\n"
                + "creation: {kind: steady, start: 3s, interval: 10ms}\n"
                + "gateways: 5\n"
                + "controller: {policy: least-connections, discipline: " + discipline + ", workers: 4}\n"
                + (faults.isEmpty() ? "" : "faults:\n" + faults)
                + "duration: 10m\n").scenario();
    }

    private RunOutcome run(StandInPlatform platform, KubernetesClient client, PlatformScenario scenario, String id) {
        RunPlan plan = RunPlanner.plan(scenario, NS, id, 1);
        LiveRunOptions options = new LiveRunOptions(dir.resolve(id), false, 120_000 * MS, 1_000 * MS, 100 * MS,
                250 * MS, 1, Optional.empty(), RunView.none(), List.of(platform.devices()), "test", List.of());
        return new LiveRun(client, plan, RunObjects.of(plan), options, RunClock::startingNow).run();
    }

    @Test
    void ledgerAndOptimisticEnrollAHundredDevicesOnFiveGatewaysWithinOneOfEachOther() throws Exception {
        for (String discipline : List.of("ledger", "optimistic")) {
            PlatformScenario scenario = scenario(discipline, "");
            try (StandInPlatform platform = start(scenario); KubernetesClient client = platform.newClient()) {
                RunOutcome outcome = run(platform, client, scenario, "balance-" + discipline);

                assertThat(outcome.end()).as(discipline + ": " + outcome.errors()).isEqualTo(RunOutcome.End.SETTLED);
                assertThat(outcome.fleet().connected()).as(discipline).isEqualTo(100);
                Trace trace = new TraceReader().read(outcome.trace());
                Map<String, List<DeviceEvent>> byDevice = trace.byDevice();
                assertThat(byDevice).hasSize(100);
                byDevice.forEach((device, events) -> assertThat(events).extracting(DeviceEvent::kind)
                        .as(discipline + " " + device).contains(DeviceEventKind.CREATED, DeviceEventKind.DECIDED,
                                DeviceEventKind.ENROLLED, DeviceEventKind.CONNECTED));
                Collection<Integer> counts = trace.gatewaySamples().last().orElseThrow().values();
                assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
                assertThat(max(counts) - min(counts)).as(discipline + " counts " + counts).isLessThanOrEqualTo(1);

                // calibration's reader takes the recorded trace as it takes any other observation
                ObservedQuantities observed = new ObservationReader().read(outcome.trace());
                assertThat(observed).isNotNull();
            }
        }
    }

    @Test
    void devicesOfADeletedGatewayReEnrollOnRunningGatewaysNoneLostNoneTwice() throws Exception {
        PlatformScenario scenario = scenario("ledger", "  - {at: 8s, gateway: gateway-2, kind: delete}\n");
        try (StandInPlatform platform = start(scenario); KubernetesClient client = platform.newClient()) {
            RunOutcome outcome = run(platform, client, scenario, "failover");

            assertThat(outcome.end()).as(outcome.errors().toString()).isEqualTo(RunOutcome.End.SETTLED);
            assertThat(outcome.fleet().connected()).isEqualTo(100);
            Trace trace = new TraceReader().read(outcome.trace());
            Map<String, List<DeviceEvent>> byDevice = trace.byDevice();
            List<String> moved = new ArrayList<>();
            List<Long> recoveries = new ArrayList<>();
            byDevice.forEach((device, events) -> {
                List<DeviceEventKind> kinds = events.stream().map(DeviceEvent::kind).toList();
                int lost = kinds.indexOf(DeviceEventKind.GATEWAY_LOST);
                if (lost < 0) {
                    assertThat(kinds).as(device).doesNotContain(DeviceEventKind.REASSIGNED);
                    return;
                }
                moved.add(device);
                assertThat(events.get(lost).gateway()).isEqualTo("gateway-2");
                DeviceEvent last = events.get(events.size() - 1);
                assertThat(last.kind()).as(device + " " + events).isEqualTo(DeviceEventKind.CONNECTED);
                assertThat(last.gateway()).as(device).isNotEqualTo("gateway-2");
                events.stream().skip(lost).filter(e -> e.kind() == DeviceEventKind.RE_ENROLLED
                        || e.kind() == DeviceEventKind.ENROLLED).findFirst()
                        .ifPresent(e -> recoveries.add(e.timeNanos() - events.get(lost).timeNanos()));
            });
            // gateway-2 held its share (20) when it was deleted; every one of them moved and came back
            assertThat(moved).hasSize(20);
            assertThat(recoveries).hasSize(20).allSatisfy(r -> assertThat(r).isPositive());
            System.out.printf("failover recovery (gateway lost -> enrolled again), ms: %s%n",
                    recoveries.stream().sorted().map(r -> r / MS).toList());
            // none lost, none held twice: the last sample counts each of the 100 devices on one surviving gateway
            Map<String, Integer> last = trace.gatewaySamples().last().orElseThrow();
            assertThat(last.getOrDefault("gateway-2", 0)).isZero();
            assertThat(last.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        }
    }

    private static int max(Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static int min(Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }
}
