package dev.fleetcast.model.scenario;

import java.util.Objects;

/**
 * A Gateway as the scenario declares it (WASMBED's gateways.wasmbed.io/v1 spec fields that
 * matter to assignment). Each gateway is a Deployment; replicas are one for now.
 *
 * @param name the Gateway object's name
 * @param maxDevices spec.maxDevices (WASMBED's default is 100), at least 1
 * @param weight relative capacity for weighted policies, positive
 * @param region spec.region, or the empty string
 */
public record GatewaySpec(String name, int maxDevices, double weight, String region) {

    public GatewaySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a gateway needs a name, was \"" + name + "\"");
        }
        if (maxDevices < 1) {
            throw new IllegalArgumentException("gateway " + name + ": maxDevices must be at least 1, was " + maxDevices);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("gateway " + name + ": weight must be a positive number, was " + weight);
        }
    }

    /** A gateway with WASMBED's defaults: maxDevices 100, weight 1, no region. */
    public static GatewaySpec named(String name) {
        return new GatewaySpec(name, 100, 1.0, "");
    }
}
