package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.model.discipline.WriteResult;
import dev.fleetcast.model.scenario.ReadMode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Assignments written exactly as the device controller writes them — through {@link
 * Fabric8StatusStore}, a JSON merge patch on the Device's status carrying the expected
 * resourceVersion — for tests outside this package (the real-cluster test) that must see what a
 * real API server answers. Holds informers on the namespace's Devices and Gateways (the store
 * reads a Gateway's endpoint from them) until closed.
 */
public final class StatusStoreProbe implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final SharedIndexInformer<Device> devices;
    private final SharedIndexInformer<Gateway> gateways;
    private final Fabric8StatusStore.Shared shared;

    /** Starts informers on {@code namespace}'s Devices and Gateways and waits for their first LIST. */
    public StatusStoreProbe(KubernetesClient client, String namespace) {
        devices = client.resources(Device.class).inNamespace(namespace).inform();
        gateways = client.resources(Gateway.class).inNamespace(namespace).inform();
        shared = new Fabric8StatusStore.Shared(client, new FleetCaches(namespace, devices, gateways), ReadMode.CACHE,
                Runnable::run, Runnable::run, timer, new Backoff(Duration.ofMillis(10), Duration.ofMillis(50)), 0,
                new OwnWrites());
    }

    /**
     * Writes {@code device}'s assignment to {@code gateway} with {@code expectedVersion}
     * ({@link dev.fleetcast.model.discipline.StatusStore#ANY_VERSION}: none) and returns what the
     * store made of the answer: {@code Written}, or {@code Conflict} for a 409. Any other API
     * failure is thrown; there are no retries.
     */
    public WriteResult writeAssignment(String device, String gateway, long expectedVersion) throws Exception {
        CompletableFuture<WriteResult> result = new CompletableFuture<>();
        Fabric8StatusStore.forReconcile(shared, "status store probe", result::completeExceptionally)
                .writeAssignment(device, gateway, expectedVersion, result::complete);
        return result.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        devices.close();
        gateways.close();
        timer.shutdownNow();
    }
}
