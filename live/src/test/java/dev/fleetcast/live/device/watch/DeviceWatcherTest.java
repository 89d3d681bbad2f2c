package dev.fleetcast.live.device.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceGatewayRef;
import dev.fleetcast.live.crd.DeviceStatus;
import dev.fleetcast.live.crd.Ownership;
import dev.fleetcast.live.device.RecordingRuntime;
import dev.fleetcast.live.device.TestPki;
import dev.fleetcast.live.standin.MockApiServer;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The informer against fabric8's mock API server (CRUD mode, CRDs created in it). */
class DeviceWatcherTest {

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

    @Test
    void followsTheDevicesOfItsRunThroughAssignmentMoveAndDeletion() throws Exception {
        var runtime = new RecordingRuntime();
        var tracker = new AssignmentTracker(runtime, new TestPki("ca")::device);
        var devices = client.resources(Device.class).inNamespace("fleet");
        devices.resource(device("d1", "run-1")).create();
        devices.resource(device("other", "run-2")).create();

        try (var watcher = DeviceWatcher.start(client, "fleet", Ownership.RUN + "=run-1", tracker, 60_000)) {
            assertTrue(watcher.hasSynced());
            assign("d1", "gw-1", "127.0.0.1:9001");
            assign("other", "gw-1", "127.0.0.1:9001");
            await(() -> runtime.calls.size() == 1);
            assign("d1", "gw-2", "127.0.0.1:9002");
            await(() -> runtime.calls.size() == 2);
            devices.withName("d1").delete();
            await(() -> runtime.calls.size() == 3);
        }
        assertEquals(List.of("start d1 gw-1 127.0.0.1:9001", "move d1 gw-2 127.0.0.1:9002", "stop d1"), runtime.calls,
                "the Device of another run is not touched");
    }

    private void assign(String name, String gateway, String endpoint) {
        Device d = client.resources(Device.class).inNamespace("fleet").withName(name).get();
        DeviceStatus status = new DeviceStatus();
        status.setPhase("Enrolling");
        status.setGateway(new DeviceGatewayRef(gateway, endpoint));
        d.setStatus(status);
        client.resources(Device.class).inNamespace("fleet").resource(d).updateStatus();
    }

    private static Device device(String name, String run) {
        Device d = new Device();
        d.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace("fleet").build());
        new Ownership(run).apply(d);
        d.getSpec().setPublicKey("AAAA");
        return d;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached in 5 s");
    }
}
