package dev.fleetcast.live.controller;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewayStatus;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/** Creating gateways and devices in a test API server, and reading the assignment back. */
final class TestFleet {

    static final String NS = "default";

    private TestFleet() {
    }

    static Gateway gateway(KubernetesClient client, String name, String phase) {
        Gateway gateway = new Gateway();
        gateway.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
        gateway.getSpec().setEndpoint(name + ".test:8443");
        Gateway created = client.resources(Gateway.class).inNamespace(NS).resource(gateway).create();
        if (phase != null) {
            setPhase(client, name, phase);
        }
        return created;
    }

    static void setPhase(KubernetesClient client, String gateway, String phase) {
        client.resources(Gateway.class).inNamespace(NS).withName(gateway).status()
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"phase\":\"" + phase + "\"}}");
    }

    static void device(KubernetesClient client, String name) {
        Device device = new Device();
        device.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(NS).build());
        device.getSpec().setPublicKey("key-" + name);
        client.resources(Device.class).inNamespace(NS).resource(device).create();
    }

    /** Device name → gateway name ("" when unassigned), read fresh from the server. */
    static Map<String, String> assignment(KubernetesClient client) {
        Map<String, String> out = new TreeMap<>();
        for (Device d : client.resources(Device.class).inNamespace(NS).list().getItems()) {
            out.put(d.getMetadata().getName(), d.getStatus() == null ? "" : d.getStatus().gatewayNameOrEmpty());
        }
        return out;
    }

    /** Gateway name → devices on it, for the given gateways (zeros included). */
    static Map<String, Integer> counts(Map<String, String> assignment, Iterable<String> gateways) {
        Map<String, Integer> counts = new TreeMap<>();
        gateways.forEach(g -> counts.put(g, 0));
        assignment.values().forEach(g -> counts.merge(g, 1, Integer::sum));
        return counts;
    }

    static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    static GatewayStatus status(KubernetesClient client, String gateway) {
        return client.resources(Gateway.class).inNamespace(NS).withName(gateway).get().getStatus();
    }
}
