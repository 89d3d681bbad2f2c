package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.standin.MockApiServer;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.scenario.FailoverTrigger;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failover off a failed or deleted gateway, and off an Unreachable or silent device. */
class DeviceControllerFailoverTest {

    static final List<String> GATEWAYS = List.of("gw-1", "gw-2", "gw-3");

    MockApiServer server;
    KubernetesClient client;
    List<DeviceEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        server = MockApiServer.start(0);
        client = server.newClient();
        GATEWAYS.forEach(g -> TestFleet.gateway(client, g, "Running"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private DeviceController controller(String discipline, Duration heartbeatTimeout, Clock clock) {
        DeviceControllerConfig config = DeviceControllerConfig.of(TestFleet.NS,
                Policies.byName("least-connections", true).orElseThrow(),
                Disciplines.byName(discipline, 20).orElseThrow(), 4)
                .withHeartbeatTimeout(heartbeatTimeout).withRequeueInterval(Duration.ofMillis(500))
                // with a heartbeat check, devices fail over when found Unreachable (model's heartbeat-timeout
                // trigger); without, when their gateway fails (gateway-phase)
                .withFailoverTrigger(heartbeatTimeout.isZero() ? FailoverTrigger.GATEWAY_PHASE
                        : FailoverTrigger.HEARTBEAT_TIMEOUT);
        return new DeviceController(server.newClient(), config, clock, events::add).start();
    }

    private void createAndAwait(int n) throws InterruptedException {
        IntStream.range(0, n).forEach(i -> TestFleet.device(client, String.format("dev-%02d", i)));
        assertThat(TestFleet.await(Duration.ofSeconds(10), () -> !TestFleet.assignment(client).containsValue("")))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({"ledger,delete", "ledger,fail", "optimistic,delete", "optimistic,fail"})
    void devicesOfALostGatewayMoveToRunningOnesNoneLostNoneCountedTwice(String discipline, String how)
            throws Exception {
        try (DeviceController controller = controller(discipline, Duration.ZERO, Clock.systemUTC())) {
            createAndAwait(30);
            Map<String, String> before = TestFleet.assignment(client);
            List<String> onFirst = before.entrySet().stream().filter(e -> e.getValue().equals("gw-1"))
                    .map(Map.Entry::getKey).toList();
            assertThat(onFirst).hasSize(10);

            if (how.equals("delete")) {
                client.resources(Gateway.class).inNamespace(TestFleet.NS).withName("gw-1").delete();
            } else {
                TestFleet.setPhase(client, "gw-1", "Failed");
            }
            assertThat(TestFleet.await(Duration.ofSeconds(10),
                    () -> !TestFleet.assignment(client).containsValue("gw-1"))).as("all moved off gw-1").isTrue();

            Map<String, String> after = TestFleet.assignment(client);
            assertThat(after).hasSize(30).doesNotContainValue("");
            assertThat(after.values()).allMatch(g -> g.equals("gw-2") || g.equals("gw-3"));
            // devices that were not on gw-1 stayed where they were
            before.forEach((device, gateway) -> {
                if (!gateway.equals("gw-1")) {
                    assertThat(after.get(device)).as(device).isEqualTo(gateway);
                }
            });
            // the discipline was told they left: the survivors are balanced, not 10 + 20 blind
            Map<String, Integer> counts = TestFleet.counts(after, List.of("gw-2", "gw-3"));
            assertThat(counts).containsOnlyKeys("gw-2", "gw-3").containsValues(15, 15);
            assertThat(events).filteredOn(e -> e.kind() == DeviceEventKind.REASSIGNED)
                    .extracting(DeviceEvent::device).containsExactlyInAnyOrderElementsOf(onFirst);
            // every moved device points at its new gateway's endpoint, with the reason
            for (String device : onFirst) {
                Device d = client.resources(Device.class).inNamespace(TestFleet.NS).withName(device).get();
                assertThat(d.getStatus().getGateway().getEndpoint()).isEqualTo(after.get(device) + ".test:8443");
                assertThat(d.getStatus().getPhase()).isEqualTo("Enrolling");
                assertThat(d.getStatus().getAssignmentReason()).contains("failover from gw-1");
            }
            if (discipline.equals("optimistic")) {
                assertThat(TestFleet.await(Duration.ofSeconds(5), () ->
                        TestFleet.status(client, "gw-2").getAssignedDevices() == 15
                                && TestFleet.status(client, "gw-3").getAssignedDevices() == 15)).isTrue();
                if (how.equals("fail")) {
                    assertThat(TestFleet.await(Duration.ofSeconds(5),
                            () -> TestFleet.status(client, "gw-1").getAssignedDevices() == 0)).as("released").isTrue();
                }
            }
        }
    }

    @Test
    void unreachableAndSilentDevicesFailOver() throws Exception {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        try (DeviceController controller = controller("ledger", Duration.ofSeconds(30),
                Clock.fixed(now, ZoneOffset.UTC))) {
            createAndAwait(6);
            Map<String, String> before = TestFleet.assignment(client);
            // dev-00 marked Unreachable by its gateway; dev-01 Connected but silent for 31 s;
            // dev-02 Connected with a fresh heartbeat stays.
            patchStatus("dev-00", "{\"status\":{\"phase\":\"Unreachable\"}}");
            patchStatus("dev-01", "{\"status\":{\"phase\":\"Connected\",\"lastHeartbeat\":\""
                    + now.minusSeconds(31) + "\"}}");
            patchStatus("dev-02", "{\"status\":{\"phase\":\"Connected\",\"lastHeartbeat\":\""
                    + now.minusSeconds(5) + "\"}}");
            assertThat(TestFleet.await(Duration.ofSeconds(10), () -> {
                Map<String, String> a = TestFleet.assignment(client);
                return !a.get("dev-00").equals(before.get("dev-00")) && !a.get("dev-01").equals(before.get("dev-01"));
            })).as("both moved").isTrue();
            Thread.sleep(500);
            assertThat(TestFleet.assignment(client).get("dev-02")).isEqualTo(before.get("dev-02"));
            Device moved = client.resources(Device.class).inNamespace(TestFleet.NS).withName("dev-01").get();
            assertThat(moved.getStatus().getLastHeartbeat()).as("cleared on the move").isNull();
            assertThat(moved.getStatus().getPhase()).isEqualTo("Enrolling");
        }
    }

    @Test
    void aChangedGatewayEndpointReachesItsDevicesWithoutMovingThem() throws Exception {
        try (DeviceController controller = controller("ledger", Duration.ZERO, Clock.systemUTC())) {
            createAndAwait(9);
            Map<String, String> before = TestFleet.assignment(client);
            client.resources(Gateway.class).inNamespace(TestFleet.NS).withName("gw-2")
                    .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"endpoint\":\"127.0.0.1:4242\"}}");
            assertThat(TestFleet.await(Duration.ofSeconds(5), () -> client.resources(Device.class)
                    .inNamespace(TestFleet.NS).list().getItems().stream()
                    .filter(d -> d.getStatus().gatewayNameOrEmpty().equals("gw-2"))
                    .allMatch(d -> d.getStatus().getGateway().getEndpoint().equals("127.0.0.1:4242")))).isTrue();
            assertThat(TestFleet.assignment(client)).isEqualTo(before);
            assertThat(controller.assignments()).isEqualTo(9);
        }
    }

    private void patchStatus(String device, String json) {
        client.resources(Device.class).inNamespace(TestFleet.NS).withName(device).status()
                .patch(PatchContext.of(PatchType.JSON_MERGE), json);
    }

    static int spread(Map<String, Integer> counts) {
        return Collections.max(counts.values()) - Collections.min(counts.values());
    }
}
