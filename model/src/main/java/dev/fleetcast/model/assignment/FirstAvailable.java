package dev.fleetcast.model.assignment;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The first eligible gateway in view order — WASMBED's controller until October 2025, which
 * took {@code active_gateways[0]} and so put every device on gateway-1.
 *
 * @param capacity whether gateways at maxDevices are skipped
 */
public record FirstAvailable(CapacityRule capacity) implements AssignmentPolicy {

    public FirstAvailable {
        Objects.requireNonNull(capacity, "capacity");
    }

    @Override
    public String name() {
        return "first-available";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        return (device, view) -> {
            for (GatewayView gateway : view.gateways()) {
                if (capacity.eligible(gateway)) {
                    return new Decision.Assigned(gateway.name());
                }
            }
            return Eligible.none(view);
        };
    }
}
