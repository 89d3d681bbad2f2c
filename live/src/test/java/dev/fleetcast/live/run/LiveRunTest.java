package dev.fleetcast.live.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fleetcast.formats.trace.TraceReader;
import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.Ownership;
import dev.fleetcast.live.run.trace.TraceFiles;
import dev.fleetcast.live.run.view.RunView;
import dev.fleetcast.live.standin.MockApiServer;
import dev.fleetcast.model.scenario.PlatformScenario;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import dev.fleetcast.model.trace.PodRole;
import dev.fleetcast.model.trace.Trace;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live runs against fabric8's mock API server (CRUD mode, the CRDs created in it). */
class LiveRunTest {

    private static final String NS = "lab";
    private static final long MS = 1_000_000L;

    /**
     * The project's wrapper of fabric8's mock server (CRUD mode, CRDs installed): unlike the JUnit
     * extension, it tolerates the mock's shutdown timeout after a watch closed mid-send.
     */
    MockApiServer server;
    KubernetesClient client;

    @BeforeEach
    void startServer() {
        server = MockApiServer.start(0);
        client = server.newClient();
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    @TempDir
    Path output;

    @BeforeEach
    void installCrds() {
    }

    @Test
    void devicesGoThroughTheirPhasesAndTheTraceRecordsItInOrderAndParses() throws Exception {
        RunPlan plan = RunPlanner.plan(Scenarios.steady(6, 3, ""), NS, "run-a", 1);
        RunOutcome outcome;
        try (SimulatedPlatform platform = new SimulatedPlatform(client, NS)) {
            outcome = run(plan, false);
        }
        assertThat(outcome.end()).isEqualTo(RunOutcome.End.SETTLED);
        assertThat(outcome.fleet().connected()).isEqualTo(6);

        Trace trace = new TraceReader().read(outcome.trace());
        assertThat(trace).isEqualTo(new TraceReader().read("again", Files.readString(outcome.trace())));
        Map<String, List<DeviceEvent>> byDevice = trace.byDevice();
        assertThat(byDevice).containsOnlyKeys("device-1", "device-2", "device-3", "device-4", "device-5", "device-6");
        byDevice.forEach((device, events) -> {
            assertThat(events).extracting(DeviceEvent::kind).containsExactly(DeviceEventKind.CREATED,
                    DeviceEventKind.DECIDED, DeviceEventKind.ENROLLED, DeviceEventKind.CONNECTED);
            assertThat(events.get(1).gateway()).startsWith("gateway-");
            assertThat(events.get(3).gateway()).isEqualTo(events.get(1).gateway());
        });
        assertThat(trace.gatewaySamples().gateways()).containsExactly("gateway-1", "gateway-2", "gateway-3");
        // where the simulated controller put each device is its business; the samples must agree with it
        Map<String, Integer> last = trace.gatewaySamples().last().orElseThrow();
        assertThat(last.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
        byDevice.values().forEach(events -> assertThat(last.get(events.get(1).gateway())).isPositive());
        assertThat(trace.pods()).hasSize(3).allSatisfy(p -> assertThat(p.role()).isEqualTo(PodRole.GATEWAY));
        assertThat(trace.podPhases().get(trace.podPhases().size() - 1).counts()).containsEntry("Running", 3);
        assertThat(trace.apiCalls()).hasSize(9);
        assertThat(trace.scenario()).isEqualTo("live-test");
        assertThat(Files.exists(output.resolve(TraceFiles.RUN_INFO))).isTrue();
        // creations follow the schedule: device-6 was created no earlier than its planned 100 ms
        assertThat(byDevice.get("device-6").get(0).timeNanos()).isGreaterThanOrEqualTo(100 * MS);
    }

    @Test
    void aGatewayDeletedAsAFaultShowsGatewayLostForItsDevicesThenTheirMove() throws Exception {
        // devices from 300 ms, once both gateways exist, so that the simulated controller spreads them over both
        PlatformScenario scenario = Scenarios.read("devices: 4\ncreation: {kind: steady, start: 300ms, interval: 20ms}\n"
                + "gateways: 2\ncontroller: {policy: least-connections, discipline: naive}\n"
                + "faults:\n  - {at: 1300ms, gateway: gateway-1, kind: delete}\nduration: 10m\n");
        RunPlan plan = RunPlanner.plan(scenario, NS, "run-f", 1);
        RunOutcome outcome;
        try (SimulatedPlatform platform = new SimulatedPlatform(client, NS)) {
            outcome = run(plan, false);
        }
        assertThat(outcome.end()).isEqualTo(RunOutcome.End.SETTLED);
        Trace trace = new TraceReader().read(outcome.trace());
        Map<String, List<DeviceEvent>> byDevice = trace.byDevice();
        List<String> onGateway1 = byDevice.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(ev -> ev.kind() == DeviceEventKind.DECIDED
                        && ev.gateway().equals("gateway-1")))
                .map(Map.Entry::getKey).toList();
        // how many the simulated controller put there is its business; at least one, or the test tests nothing
        assertThat(onGateway1).isNotEmpty();
        for (String device : onGateway1) {
            List<DeviceEvent> events = byDevice.get(device);
            List<DeviceEventKind> kinds = events.stream().map(DeviceEvent::kind).toList();
            assertThat(kinds).as(device + ": " + events).startsWith(DeviceEventKind.CREATED, DeviceEventKind.DECIDED);
            int lost = kinds.indexOf(DeviceEventKind.GATEWAY_LOST);
            assertThat(lost).as(device + ": " + events).isPositive();
            assertThat(events.get(lost).gateway()).isEqualTo("gateway-1");
            assertThat(events.get(lost).timeNanos()).isGreaterThanOrEqualTo(1300 * MS);
            int moved = kinds.indexOf(DeviceEventKind.REASSIGNED);
            assertThat(moved).as(device + ": " + events).isGreaterThan(lost);
            assertThat(events.get(moved).gateway()).isEqualTo("gateway-2");
            // Enrolled with gateway-1 before the move (on a slow machine perhaps not, or seen only after the
            // loss through a watch that lags the Gateways' one): the enrollment after the move is a
            // re-enrollment exactly when there was one before.
            boolean enrolledBefore = kinds.subList(0, moved).contains(DeviceEventKind.ENROLLED);
            assertThat(kinds.subList(moved + 1, kinds.size())).as(device + ": " + events).containsExactly(
                    enrolledBefore ? DeviceEventKind.RE_ENROLLED : DeviceEventKind.ENROLLED, DeviceEventKind.CONNECTED);
            assertThat(events.get(events.size() - 1).gateway()).isEqualTo("gateway-2");
        }
        byDevice.keySet().stream().filter(d -> !onGateway1.contains(d)).forEach(device ->
                assertThat(byDevice.get(device)).extracting(DeviceEvent::kind).doesNotContain(DeviceEventKind.GATEWAY_LOST));
        assertThat(trace.gatewaySamples().last().orElseThrow()).containsEntry("gateway-2", 4);
    }

    @Test
    void aForeignObjectIsRefusedByNameAndAllowedOnRequestAndCleanupLeavesIt() throws Exception {
        client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata()
                .withName("someone-elses").endMetadata().withNewSpec().endSpec().build()).create();
        Device foreign = new Device();
        foreign.setMetadata(new ObjectMetaBuilder().withName("their-device").withNamespace(NS).build());
        foreign.getSpec().setPublicKey("k");
        client.resource(foreign).create();
        RunPlan plan = RunPlanner.plan(Scenarios.steady(2, 1, ""), NS, "run-c", 1);

        assertThatThrownBy(() -> run(plan, false)).isInstanceOf(LiveRunException.class)
                .hasMessageContaining("Device/their-device").hasMessageContaining("Deployment/someone-elses")
                .hasMessageContaining("--allow-foreign-objects");
        assertThat(client.resources(Gateway.class).inNamespace(NS).list().getItems()).isEmpty();

        RunOutcome outcome;
        try (SimulatedPlatform platform = new SimulatedPlatform(client, NS)) {
            outcome = run(plan, true);
        }
        assertThat(outcome.end()).isEqualTo(RunOutcome.End.SETTLED);
        assertThat(outcome.deleted()).containsExactlyInAnyOrder("Device/device-1", "Device/device-2", "Gateway/gateway-1");
        assertThat(client.resources(Device.class).inNamespace(NS).list().getItems())
                .extracting(d -> d.getMetadata().getName()).containsExactly("their-device");
        assertThat(client.resources(Gateway.class).inNamespace(NS).list().getItems()).isEmpty();
        assertThat(client.apps().deployments().inNamespace(NS).withName("someone-elses").get()).isNotNull();
        // the foreign device is not the run's: it is not in the trace either
        assertThat(new TraceReader().read(outcome.trace()).byDevice()).doesNotContainKey("their-device");
    }

    @Test
    void aRefusedCreateFailsWithTheObjectAndTheServersMessageAndCleansUpWhatWasCreated() {
        // Another fleetcast run's device-3 is in the way: the server answers 409 AlreadyExists.
        Device other = new Device();
        other.setMetadata(new ObjectMetaBuilder().withName("device-3").withNamespace(NS).build());
        new Ownership("another-run").apply(other);
        other.getSpec().setPublicKey("k");
        client.resource(other).create();
        RunPlan plan = RunPlanner.plan(Scenarios.steady(5, 2, ""), NS, "run-e", 1);

        assertThatThrownBy(() -> run(plan, false)).isInstanceOf(LiveRunException.class)
                .hasMessageContaining("Device device-3").hasMessageContaining("HTTP 409")
                // the two gateways and devices 1 and 2; creations go one after another, so nothing after device-3
                .hasMessageContaining("cleaned up 4 objects of run run-e");
        assertThat(client.resources(Device.class).inNamespace(NS).list().getItems())
                .extracting(d -> d.getMetadata().getLabels().get(Ownership.RUN)).containsExactly("another-run");
        assertThat(client.resources(Gateway.class).inNamespace(NS).list().getItems()).isEmpty();
        assertThat(Files.exists(output.resolve(TraceFiles.TRACE))).isTrue();
    }

    @Test
    void withoutAnyControllerTheRunEndsAtTheTimeoutAndStillCleansUp() {
        RunPlan plan = RunPlanner.plan(Scenarios.steady(2, 1, ""), NS, "run-t", 1);
        RunOutcome outcome = new LiveRun(client, plan, RunObjects.of(plan), options(false, 1000 * MS),
                RunClock::startingNow).run();
        assertThat(outcome.end()).isEqualTo(RunOutcome.End.TIMED_OUT);
        assertThat(outcome.fleet().connected()).isZero();
        assertThat(outcome.deleted()).hasSize(3);
        assertThat(client.resources(Device.class).inNamespace(NS).list().getItems()).isEmpty();
    }

    @Test
    void stoppingARunAsCtrlCDoesEndsItCleansUpAndWritesTheTrace() throws Exception {
        RunPlan plan = RunPlanner.plan(Scenarios.read("devices: 50\ncreation: {kind: steady, start: 0s, interval: 100ms}\n"
                + "gateways: 1\ncontroller: {policy: round-robin, discipline: ledger}\nduration: 10m\n"), NS, "run-s", 1);
        LiveRun run = new LiveRun(client, plan, RunObjects.of(plan), options(false, 60_000 * MS), RunClock::startingNow);
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                return;
            }
            run.stop();
        });
        stopper.start();
        RunOutcome outcome = run.run();
        stopper.join();
        assertThat(run.awaitFinished(0)).isTrue();
        assertThat(outcome.end()).isEqualTo(RunOutcome.End.STOPPED);
        Trace trace = new TraceReader().read(outcome.trace());
        assertThat(trace.byDevice().size()).isBetween(1, 49);
        assertThat(outcome.deleted()).hasSize(trace.byDevice().size() + 1);
        assertThat(client.resources(Device.class).inNamespace(NS).list().getItems()).isEmpty();
        assertThat(client.resources(Gateway.class).inNamespace(NS).list().getItems()).isEmpty();
    }

    @Test
    void anAttachedRuntimeStartsBeforeTheFirstObjectAndStopsBeforeCleanup() {
        RunPlan plan = RunPlanner.plan(Scenarios.steady(2, 1, ""), NS, "run-r", 1);
        List<String> seen = new java.util.ArrayList<>();
        AttachedRuntime runtime = new AttachedRuntime() {
            @Override
            public void start(KubernetesClient runClient, RunPlan runPlan, RunClock clock) {
                seen.add("start with " + runClient.resources(Gateway.class).inNamespace(runPlan.namespace()).list()
                        .getItems().size() + " gateways");
            }

            @Override
            public void stop() {
                seen.add("stop with " + client.resources(Device.class).inNamespace(NS).list().getItems().size()
                        + " devices");
            }
        };
        LiveRunOptions options = new LiveRunOptions(output, false, 1000 * MS, 100 * MS, 20 * MS, 50 * MS, 1,
                Optional.empty(), RunView.none(), List.of(runtime), "test", List.of());
        new LiveRun(client, plan, RunObjects.of(plan), options, RunClock::startingNow).run();
        assertThat(seen).containsExactly("start with 0 gateways", "stop with 2 devices");
    }

    private RunOutcome run(RunPlan plan, boolean allowForeign) {
        return new LiveRun(client, plan, RunObjects.of(plan), options(allowForeign, 20_000 * MS), RunClock::startingNow)
                .run();
    }

    private LiveRunOptions options(boolean allowForeign, long timeout) {
        return new LiveRunOptions(output, allowForeign, timeout, 100 * MS, 20 * MS, 50 * MS, 1, Optional.empty(),
                RunView.none(), List.of(), "test", List.of());
    }
}
