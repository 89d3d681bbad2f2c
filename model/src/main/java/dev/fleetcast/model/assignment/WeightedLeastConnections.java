package dev.fleetcast.model.assignment;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The eligible gateway with the smallest believed devices ÷ weight; ties go to the first in
 * view order. With equal weights it is least-connections.
 *
 * @param capacity whether gateways at maxDevices are skipped
 */
public record WeightedLeastConnections(CapacityRule capacity) implements AssignmentPolicy {

    public WeightedLeastConnections {
        Objects.requireNonNull(capacity, "capacity");
    }

    @Override
    public String name() {
        return "weighted-least-connections";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        return (device, view) -> {
            GatewayView best = null;
            double bestLoad = Double.POSITIVE_INFINITY;
            for (GatewayView gateway : view.gateways()) {
                double load = gateway.believedDevices() / gateway.weight();
                if (capacity.eligible(gateway) && load < bestLoad) {
                    best = gateway;
                    bestLoad = load;
                }
            }
            return best == null ? Eligible.none(view) : new Decision.Assigned(best.name());
        };
    }
}
