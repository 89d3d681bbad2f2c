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

/**
 * Creating gateways and devices in a test API server, and reading the assignment back. The
 * methods without a namespace work in {@link #NS}; the real-cluster tests ({@code live.cluster})
 * pass their own.
 */
public final class TestFleet {

    public static final String NS = "default";

    private TestFleet() {
    }

    static Gateway gateway(KubernetesClient client, String name, String phase) {
        return gateway(client, NS, name, phase);
    }

    /** Creates Gateway {@code name} with endpoint {@code <name>.test:8443}, and sets its phase unless null. */
    public static Gateway gateway(KubernetesClient client, String namespace, String name, String phase) {
        Gateway gateway = new Gateway();
        gateway.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
        gateway.getSpec().setEndpoint(name + ".test:8443");
        Gateway created = client.resources(Gateway.class).inNamespace(namespace).resource(gateway).create();
        if (phase != null) {
            setPhase(client, namespace, name, phase);
        }
        return created;
    }

    static void setPhase(KubernetesClient client, String gateway, String phase) {
        setPhase(client, NS, gateway, phase);
    }

    /** Sets the Gateway's status.phase with a merge patch on its status. */
    public static void setPhase(KubernetesClient client, String namespace, String gateway, String phase) {
        client.resources(Gateway.class).inNamespace(namespace).withName(gateway).status()
                .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"phase\":\"" + phase + "\"}}");
    }

    static void device(KubernetesClient client, String name) {
        device(client, NS, name);
    }

    /** Creates Device {@code name} (spec.publicKey {@code key-<name>}, no status). */
    public static void device(KubernetesClient client, String namespace, String name) {
        Device device = new Device();
        device.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
        device.getSpec().setPublicKey("key-" + name);
        client.resources(Device.class).inNamespace(namespace).resource(device).create();
    }

    static Map<String, String> assignment(KubernetesClient client) {
        return assignment(client, NS);
    }

    /** Device name → gateway name ("" when unassigned), read fresh from the server. */
    public static Map<String, String> assignment(KubernetesClient client, String namespace) {
        Map<String, String> out = new TreeMap<>();
        for (Device d : client.resources(Device.class).inNamespace(namespace).list().getItems()) {
            out.put(d.getMetadata().getName(), d.getStatus() == null ? "" : d.getStatus().gatewayNameOrEmpty());
        }
        return out;
    }

    /** Gateway name → devices on it, for the given gateways (zeros included). */
    public static Map<String, Integer> counts(Map<String, String> assignment, Iterable<String> gateways) {
        Map<String, Integer> counts = new TreeMap<>();
        gateways.forEach(g -> counts.put(g, 0));
        assignment.values().forEach(g -> counts.merge(g, 1, Integer::sum));
        return counts;
    }

    public static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
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
        return status(client, NS, gateway);
    }

    public static GatewayStatus status(KubernetesClient client, String namespace, String gateway) {
        return client.resources(Gateway.class).inNamespace(namespace).withName(gateway).get().getStatus();
    }
}
