package dev.fleetcast.model.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Region affinity with fallback: the inner policy decides among the gateways in the device's
 * region; when the device has no region, or no gateway of its region can take it, the inner
 * policy decides among all gateways.
 *
 * @param inner the policy applied within the region, and in the fallback
 */
public record RegionAffinity(AssignmentPolicy inner) implements AssignmentPolicy {

    public RegionAffinity {
        Objects.requireNonNull(inner, "inner");
    }

    @Override
    public String name() {
        return "region-affinity";
    }

    @Override
    public Assigner startRun(UniformRandomProvider random) {
        Assigner assigner = inner.startRun(random);
        return (device, view) -> {
            if (!device.region().isEmpty()) {
                List<GatewayView> local = new ArrayList<>();
                for (GatewayView gateway : view.gateways()) {
                    if (gateway.region().equals(device.region())) {
                        local.add(gateway);
                    }
                }
                if (!local.isEmpty()) {
                    Decision decision = assigner.decide(device, new FleetView(local));
                    if (decision instanceof Decision.Assigned) {
                        return decision;
                    }
                }
            }
            return assigner.decide(device, view);
        };
    }
}
