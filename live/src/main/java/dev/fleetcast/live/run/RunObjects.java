package dev.fleetcast.live.run;

import dev.fleetcast.live.crd.Device;
import dev.fleetcast.live.crd.Gateway;
import dev.fleetcast.live.crd.GatewaySpec;
import dev.fleetcast.live.crd.Ownership;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The Gateway and Device objects of a plan, with the run's {@link Ownership} labels. Pure: it
 * builds objects and talks to no cluster.
 *
 * @param namespace where the objects go
 * @param ownership the run's labels
 * @param publicKeys a device's name → its spec.publicKey (WASMBED requires the field; the
 *     device runtime that enrolls the device owns the key, so a run that does not know it
 *     writes what this function says)
 */
public record RunObjects(String namespace, Ownership ownership, UnaryOperator<String> publicKeys) {

    public RunObjects {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(publicKeys, "publicKeys");
    }

    /** Objects whose devices' publicKey names them as fleetcast's placeholders. */
    public static RunObjects of(RunPlan plan) {
        return new RunObjects(plan.namespace(), new Ownership(plan.runId()), name -> "fleetcast-placeholder:" + name);
    }

    /** The Gateway object for {@code planned}. */
    public Gateway gateway(PlannedGateway planned) {
        Gateway gateway = new Gateway();
        gateway.setMetadata(new ObjectMetaBuilder().withName(planned.name()).withNamespace(namespace).build());
        ownership.apply(gateway);
        GatewaySpec spec = gateway.getSpec();
        spec.setEndpoint(planned.endpoint());
        spec.setTlsPort(PlannedGateway.TLS_PORT);
        spec.setMaxDevices(planned.maxDevices());
        spec.setWeight(planned.weight());
        if (!planned.region().isEmpty()) {
            spec.setRegion(planned.region());
        }
        return gateway;
    }

    /** The Device object for {@code planned}. */
    public Device device(PlannedDevice planned) {
        Device device = new Device();
        device.setMetadata(new ObjectMetaBuilder().withName(planned.name()).withNamespace(namespace).build());
        ownership.apply(device);
        device.getSpec().setPublicKey(publicKeys.apply(planned.name()));
        return device;
    }
}
