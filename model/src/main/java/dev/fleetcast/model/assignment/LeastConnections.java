package dev.fleetcast.model.assignment;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The eligible gateway with the fewest devices the view believes it has; ties go to the
 * first in view order. Only as good as the counts it is given: under a stale view,
 * concurrent decisions pile onto the same gateway (see the disciplines).
 *
 * @param capacity whether gateways at maxDevices are skipped
 */
public record LeastConnections(CapacityRule capacity) implements AssignmentPolicy {

    public LeastConnections {
        Objects.requireNonNull(capacity, "capacity");
    }

    @Override
    public String name() {
        return "least-connections";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        return (device, view) -> {
            GatewayView best = null;
            for (GatewayView gateway : view.gateways()) {
                if (capacity.eligible(gateway) && (best == null || gateway.believedDevices() < best.believedDevices())) {
                    best = gateway;
                }
            }
            return best == null ? Eligible.none(view) : new Decision.Assigned(best.name());
        };
    }
}
