package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.standin.MockApiServer;
import dev.fleetcast.model.assignment.Policies;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Restarts, conflicts, API errors and two replicas. */
class DeviceControllerRobustnessTest {

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

    private static DeviceControllerConfig config(String discipline, int workers) {
        return DeviceControllerConfig.of(TestFleet.NS, Policies.byName("least-connections", true).orElseThrow(),
                Disciplines.byName(discipline, 5).orElseThrow(), workers)
                .withBackoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(500)), 1);
    }

    /** Every gateway each device was ever given, as the watch saw it. */
    private Watch history(Map<String, Set<String>> seen) {
        return client.resources(Device.class).inNamespace(TestFleet.NS).watch(new Watcher<>() {
            @Override
            public void eventReceived(Action action, Device device) {
                String g = device.getStatus() == null ? "" : device.getStatus().gatewayNameOrEmpty();
                if (!g.isEmpty()) {
                    seen.computeIfAbsent(device.getMetadata().getName(), k -> Collections.synchronizedSet(
                            new LinkedHashSet<>())).add(g);
                }
            }

            @Override
            public void onClose(WatcherException cause) {
            }
        });
    }

    @Test
    void restartInTheMiddleOfAssignmentLosesAndChangesNothing() throws Exception {
        Map<String, Set<String>> seen = new ConcurrentHashMap<>();
        try (Watch watch = history(seen);
                DelayingProxy proxy = new DelayingProxy(server.port(), 10);
                KubernetesClient slow = MockApiServer.clientFor(proxy.url())) {
            DeviceController first = new DeviceController(slow, config("ledger", 4), Clock.systemUTC(), e -> { })
                    .start();
            IntStream.range(0, 100).parallel().forEach(i -> TestFleet.device(client, String.format("dev-%03d", i)));
            assertThat(TestFleet.await(Duration.ofSeconds(10), () -> first.assignments() >= 30)).isTrue();
            first.close();
            long byFirst = first.assignments();
            Map<String, String> atRestart = TestFleet.assignment(client);
            long assignedAtRestart = atRestart.values().stream().filter(g -> !g.isEmpty()).count();
            assertThat(assignedAtRestart).as("mid-way").isBetween(30L, 99L).isEqualTo(byFirst);

            try (DeviceController second = new DeviceController(server.newClient(), config("ledger", 4),
                    Clock.systemUTC(), e -> { }).start()) {
                assertThat(TestFleet.await(Duration.ofSeconds(10),
                        () -> !TestFleet.assignment(client).containsValue(""))).isTrue();
                Map<String, String> end = TestFleet.assignment(client);
                atRestart.forEach((device, gateway) -> {
                    if (!gateway.isEmpty()) {
                        assertThat(end.get(device)).as("kept " + device).isEqualTo(gateway);
                    }
                });
                assertThat(second.assignments()).isEqualTo(100 - assignedAtRestart);
                Map<String, Integer> counts = TestFleet.counts(end, GATEWAYS);
                assertThat(Collections.max(counts.values()) - Collections.min(counts.values()))
                        .as("ledger rebuilt from the cache: %s", counts).isLessThanOrEqualTo(1);
            }
            Thread.sleep(300); // let the last watch events arrive
            assertThat(seen).hasSize(100).allSatisfy((device, gateways) ->
                    assertThat(gateways).as(device).hasSize(1));
        }
    }

    @Test
    void aConflictingWriteIsRetried() throws Exception {
        // naive writes with the device's resourceVersion; the first two status patches answer 409
        server.faults().failNext("PATCH", "/devices/dev-0/status", 2, 409);
        try (DeviceController controller = new DeviceController(server.newClient(), config("naive", 2),
                Clock.systemUTC(), e -> { }).start()) {
            TestFleet.device(client, "dev-0");
            assertThat(TestFleet.await(Duration.ofSeconds(10),
                    () -> !TestFleet.assignment(client).get("dev-0").isEmpty())).isTrue();
            assertThat(server.faults().injected()).isEqualTo(2);
            assertThat(controller.failedReconciles()).as("a conflict is not an error").isZero();
            assertThat(controller.conflicts()).isEqualTo(2);
            assertThat(controller.assignments()).isEqualTo(1);
        }
    }

    @Test
    void apiErrorsAreRetriedWithBackoffAndTheControllerKeepsGoing() throws Exception {
        // 5 failures: attempt + 1 retry fail (reconcile abandoned, requeued), twice, then one more
        server.faults().failNext("PATCH", "/devices/", 5, 500);
        try (DeviceController controller = new DeviceController(server.newClient(), config("ledger", 2),
                Clock.systemUTC(), e -> { }).start()) {
            IntStream.range(0, 20).forEach(i -> TestFleet.device(client, String.format("dev-%02d", i)));
            assertThat(TestFleet.await(Duration.ofSeconds(10),
                    () -> !TestFleet.assignment(client).containsValue(""))).isTrue();
            assertThat(server.faults().injected()).isEqualTo(5);
            assertThat(controller.failedReconciles()).isBetween(2L, 5L);
            // the counter moves just after the write is seen on the server
            assertThat(TestFleet.await(Duration.ofSeconds(2), () -> controller.assignments() == 20)).isTrue();
            // the places counted for writes that failed were given back: still perfectly balanced
            Map<String, Integer> counts = TestFleet.counts(TestFleet.assignment(client), GATEWAYS);
            assertThat(counts.values()).containsOnly(4);
            // and it still works afterwards
            TestFleet.device(client, "late");
            assertThat(TestFleet.await(Duration.ofSeconds(5),
                    () -> !TestFleet.assignment(client).get("late").isEmpty())).isTrue();
        }
    }

    @Test
    void withLeaderElectionOnlyOneReplicaEverAssigns() throws Exception {
        DeviceControllerConfig base = config("ledger", 4);
        DeviceController a = new DeviceController(server.newClient(), base.withLeaderElection(election("a")),
                Clock.systemUTC(), e -> { }).start();
        DeviceController b = new DeviceController(server.newClient(), base.withLeaderElection(election("b")),
                Clock.systemUTC(), e -> { }).start();
        try {
            assertThat(TestFleet.await(Duration.ofSeconds(5), () -> a.isLeading() || b.isLeading())).isTrue();
            IntStream.range(0, 40).forEach(i -> TestFleet.device(client, String.format("dev-%02d", i)));
            assertThat(TestFleet.await(Duration.ofSeconds(10),
                    () -> !TestFleet.assignment(client).containsValue(""))).isTrue();
            DeviceController leader = a.isLeading() ? a : b;
            DeviceController follower = leader == a ? b : a;
            assertThat(follower.isLeading()).isFalse();
            assertThat(leader.assignments()).isEqualTo(40);
            assertThat(follower.assignments()).isZero();
            assertThat(follower.leaderships()).isZero();

            leader.close(); // releases the Lease
            assertThat(TestFleet.await(Duration.ofSeconds(8), follower::isLeading)).as("takeover").isTrue();
            IntStream.range(40, 50).forEach(i -> TestFleet.device(client, String.format("dev-%02d", i)));
            assertThat(TestFleet.await(Duration.ofSeconds(10),
                    () -> !TestFleet.assignment(client).containsValue(""))).isTrue();
            assertThat(follower.assignments()).isEqualTo(10);
            assertThat(leader.assignments()).isEqualTo(40);
            Map<String, Integer> counts = TestFleet.counts(TestFleet.assignment(client), GATEWAYS);
            assertThat(counts.values()).as("the new leader's ledger started from the cache").containsOnly(10);
        } finally {
            a.close();
            b.close();
        }
    }

    private static LeaderElectionSettings election(String identity) {
        return new LeaderElectionSettings("fleetcast-controller", identity, Duration.ofSeconds(2),
                Duration.ofMillis(1500), Duration.ofMillis(200));
    }
}
