package dev.fleetcast.live.run;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.DeviceGatewayRef;
import dev.fleetcast.live.crd.DeviceStatus;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewayStatus;
import dev.fleetcast.live.crd.Ownership;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tiny stand-in for the controller, gateways and devices: every few milliseconds it marks
 * new Gateways Running (and gives each a Running pod, as a kubelet would), gives each unassigned Device (or one whose gateway is gone, after a
 * short "failure noticed" delay) the gateway with fewest devices and phase Enrolling, and moves
 * each assigned device one phase on (Enrolling → Enrolled → Connected), writing status the way
 * the controller and the gateway server would.
 */
final class SimulatedPlatform implements AutoCloseable {

    private static final long NOTICE_MILLIS = 150;

    private final KubernetesClient client;
    private final String namespace;
    private final Thread thread;
    private final Map<String, Long> goneSince = new HashMap<>();
    private volatile boolean running = true;

    SimulatedPlatform(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
        this.thread = new Thread(this::loop, "simulated-platform");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        while (running) {
            try {
                step();
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A device deleted between list and write: the next step sees the new state.
            }
        }
    }

    private void step() {
        List<Gateway> gateways = client.resources(Gateway.class).inNamespace(namespace)
                .withLabel(Ownership.MANAGED_BY, Ownership.MANAGER).list().getItems();
        for (Gateway gateway : gateways) {
            if (gateway.getStatus() == null || !"Running".equals(gateway.getStatus().getPhase())) {
                GatewayStatus status = new GatewayStatus();
                status.setPhase("Running");
                gateway.setStatus(status);
                client.resources(Gateway.class).inNamespace(namespace).resource(gateway).updateStatus();
                client.pods().inNamespace(namespace).resource(new PodBuilder().withNewMetadata()
                        .withName(gateway.getMetadata().getName() + "-5d8f7-x2k4q")
                        .withCreationTimestamp(Instant.now().toString()).endMetadata()
                        .withNewStatus().withPhase("Running").endStatus().build()).createOr(NonDeletingOperation::update);
            }
        }
        Set<String> running = gateways.stream().map(g -> g.getMetadata().getName()).collect(Collectors.toSet());
        List<Device> devices = client.resources(Device.class).inNamespace(namespace).list().getItems();
        Map<String, Integer> load = new HashMap<>();
        running.forEach(g -> load.put(g, 0));
        for (Device device : devices) {
            String gateway = device.getStatus() == null ? "" : device.getStatus().gatewayNameOrEmpty();
            load.computeIfPresent(gateway, (g, n) -> n + 1);
        }
        long now = System.currentTimeMillis();
        for (Device device : devices) {
            DeviceStatus status = device.getStatus() == null ? new DeviceStatus() : device.getStatus();
            String gateway = status.gatewayNameOrEmpty();
            String next;
            if (gateway.isEmpty() || !running.contains(gateway)) {
                if (!gateway.isEmpty() && now - goneSince.computeIfAbsent(device.getMetadata().getName(), d -> now)
                        < NOTICE_MILLIS) {
                    continue;
                }
                goneSince.remove(device.getMetadata().getName());
                if (load.isEmpty()) {
                    continue;
                }
                String chosen = load.entrySet().stream().min(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
                load.merge(chosen, 1, Integer::sum);
                status.setGateway(new DeviceGatewayRef(chosen, chosen + "." + namespace + ".svc:8443"));
                next = "Enrolling";
            } else if ("Enrolling".equals(status.getPhase())) {
                next = "Enrolled";
            } else if ("Enrolled".equals(status.getPhase())) {
                next = "Connected";
            } else {
                continue;
            }
            status.setPhase(next);
            device.setStatus(status);
            client.resources(Device.class).inNamespace(namespace).resource(device).updateStatus();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(2000);
    }

}
