package dev.fleetcast.live.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.standin.MockApiServer;
import dev.fleetcast.model.discipline.StatusStore;
import dev.fleetcast.model.discipline.StoreView;
import dev.fleetcast.model.discipline.WriteResult;
import dev.fleetcast.model.fleet.GatewayPhase;
import dev.fleetcast.model.scenario.ReadMode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The StatusStore adapter against the CRUD mock: real versions, real 409s. */
class Fabric8StatusStoreTest {

    MockApiServer server;
    KubernetesClient client;
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    SharedIndexInformer<Device> devices;
    SharedIndexInformer<Gateway> gateways;

    @BeforeEach
    void start() throws Exception {
        server = MockApiServer.start(0);
        client = server.newClient();
        TestFleet.gateway(client, "gw-1", "Running");
        TestFleet.gateway(client, "gw-2", "Failed");
        TestFleet.device(client, "dev-a");
        TestFleet.device(client, "dev-b");
        devices = client.resources(Device.class).inNamespace(TestFleet.NS).inform();
        gateways = client.resources(Gateway.class).inNamespace(TestFleet.NS).inform();
    }

    @AfterEach
    void stop() {
        devices.close();
        gateways.close();
        timer.shutdownNow();
        client.close();
        server.close();
    }

    private StatusStore store(ReadMode mode) {
        var shared = new Fabric8StatusStore.Shared(client, new FleetCaches(TestFleet.NS, devices, gateways), mode,
                Runnable::run, Runnable::run, timer, new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)), 1,
                new OwnWrites());
        return Fabric8StatusStore.forReconcile(shared, "test reason", e -> {
            throw new AssertionError("unexpected API failure", e);
        });
    }

    private static <T> T sync(java.util.function.Consumer<java.util.function.Consumer<T>> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        call.accept(result::complete);
        return result.get(5, TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @EnumSource(ReadMode.class)
    void readsVersionsWritesWithPreconditionsAndReportsStaleOnesAsConflicts(ReadMode mode) throws Exception {
        StatusStore store = store(mode);
        StoreView view = sync(then -> store.read("dev-a", then));
        assertThat(view.deviceGateway()).isEmpty();
        assertThat(view.fleet().gateways()).extracting(g -> g.name() + ":" + g.phase() + ":" + g.believedDevices())
                .containsExactly("gw-1:" + GatewayPhase.RUNNING + ":0", "gw-2:" + GatewayPhase.FAILED + ":0");
        long version = view.deviceVersion();
        assertThat(version).isPositive();

        WriteResult stale = sync(then -> store.writeAssignment("dev-a", "gw-1", version - 1, then));
        assertThat(stale).isInstanceOf(WriteResult.Conflict.class);
        WriteResult written = sync(then -> store.writeAssignment("dev-a", "gw-1", version, then));
        assertThat(written).isInstanceOfSatisfying(WriteResult.Written.class,
                w -> assertThat(w.version()).isGreaterThan(version));
        WriteResult again = sync(then -> store.writeAssignment("dev-a", "gw-1", version, then));
        assertThat(again).as("the version moved on").isInstanceOf(WriteResult.Conflict.class);
        WriteResult blind = sync(then -> store.writeAssignment("dev-b", "gw-1", StatusStore.ANY_VERSION, then));
        assertThat(blind).isInstanceOf(WriteResult.Written.class);

        Device a = client.resources(Device.class).inNamespace(TestFleet.NS).withName("dev-a").get();
        assertThat(a.getStatus().getPhase()).isEqualTo("Enrolling");
        assertThat(a.getStatus().getGateway().getEndpoint()).isEqualTo("gw-1.test:8443");
        assertThat(a.getStatus().getAssignmentReason()).isEqualTo("test reason");

        // the device's own write is read back at once; counts follow the cache (or the LIST)
        StoreView after = sync(then -> store.read("dev-a", then));
        assertThat(after.deviceGateway()).isEqualTo("gw-1");
        assertThat(after.deviceVersion()).isEqualTo(((WriteResult.Written) written).version());

        StoreView.Counter counter = after.counters().get("gw-1");
        assertThat(counter.value()).isZero();
        WriteResult cas = sync(then -> store.writeCounter("gw-1", 1, counter.version(), then));
        assertThat(cas).isInstanceOf(WriteResult.Written.class);
        WriteResult lostCas = sync(then -> store.writeCounter("gw-1", 1, counter.version(), then));
        assertThat(lostCas).isInstanceOf(WriteResult.Conflict.class);
        assertThat(TestFleet.status(client, "gw-1").getAssignedDevices()).isEqualTo(1);
        assertThat(TestFleet.status(client, "gw-1").getPhase()).as("a counter write keeps the phase")
                .isEqualTo("Running");
        StoreView counted = sync(then -> store.read("dev-a", then));
        assertThat(counted.counters().get("gw-1").value()).isEqualTo(1);
    }
}
