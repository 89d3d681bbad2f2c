package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.standin.MockApiServer;
import dev.fleetcast.model.assignment.Policies;
import dev.fleetcast.model.discipline.Discipline;
import dev.fleetcast.model.scenario.ReadMode;
import dev.fleetcast.model.timeline.DeviceEvent;
import dev.fleetcast.model.timeline.DeviceEventKind;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 100 devices, 5 Running gateways: the disciplines that avoid the race balance perfectly. */
class DeviceControllerBalanceTest {

    static final List<String> GATEWAYS = List.of("gw-1", "gw-2", "gw-3", "gw-4", "gw-5");

    MockApiServer server;
    KubernetesClient client;

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

    @ParameterizedTest
    @ValueSource(strings = {"ledger", "optimistic", "ledger/list"})
    void burstOf100IsSpreadWithinOne(String variant) throws Exception {
        String disciplineName = variant.split("/")[0];
        ReadMode mode = variant.endsWith("/list") ? ReadMode.LIST : ReadMode.CACHE;
        Discipline discipline = Disciplines.byName(disciplineName, 20).orElseThrow();
        List<DeviceEvent> events = new CopyOnWriteArrayList<>();
        DeviceControllerConfig config = DeviceControllerConfig.of(TestFleet.NS,
                Policies.byName("least-connections", true).orElseThrow(), discipline, 8).withReadMode(mode);
        try (DeviceController controller = new DeviceController(server.newClient(), config, Clock.systemUTC(),
                events::add).start()) {
            IntStream.range(0, 100).parallel().forEach(i -> TestFleet.device(client, String.format("dev-%03d", i)));
            assertThat(TestFleet.await(Duration.ofSeconds(15),
                    () -> !TestFleet.assignment(client).containsValue(""))).as("all assigned").isTrue();
            Map<String, Integer> counts = TestFleet.counts(TestFleet.assignment(client), GATEWAYS);
            assertThat(counts.keySet()).containsExactlyElementsOf(GATEWAYS); // nothing outside the five
            assertThat(Collections.max(counts.values()) - Collections.min(counts.values()))
                    .as("max - min of %s", counts).isLessThanOrEqualTo(1);
            assertThat(TestFleet.await(Duration.ofSeconds(2), () -> events.size() == 100)).isTrue();
            assertThat(events).filteredOn(e -> e.kind() == DeviceEventKind.DECIDED).hasSize(100)
                    .extracting(DeviceEvent::device).doesNotHaveDuplicates();
            assertThat(events).extracting(DeviceEvent::timeNanos).isSorted();
            assertThat(controller.assignments()).isEqualTo(100);
            if (disciplineName.equals("optimistic")) {
                int sum = GATEWAYS.stream().mapToInt(g -> TestFleet.status(client, g).getAssignedDevices()).sum();
                assertThat(sum).as("counters").isEqualTo(100);
            }
            if (disciplineName.equals("ledger")) {
                assertThat(controller.conflicts()).as("ledger writes carry no version").isZero();
            }
            System.out.printf("%s: %s, %d conflicts retried%n", variant, counts, controller.conflicts());
        }
    }
}
